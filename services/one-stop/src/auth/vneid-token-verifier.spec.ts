import { trustLifetimeMs } from './vneid-token-verifier';

describe('trustLifetimeMs', () => {
  const now = 1_000_000;

  it('is the configured lifetime while the token lives longer', () => {
    expect(trustLifetimeMs(30_000, now + 600_000, now)).toBe(30_000);
    expect(trustLifetimeMs(30_000, undefined, now)).toBe(30_000);
  });

  it("never reaches past the token's expiry", () => {
    expect(trustLifetimeMs(30_000, now + 5_000, now)).toBe(5_000);
    expect(trustLifetimeMs(30_000, now - 1, now)).toBeLessThanOrEqual(0); // expired: not kept at all
  });

  it('is 0 when the cache is off', () => {
    expect(trustLifetimeMs(0, now + 600_000, now)).toBe(0);
  });
});
