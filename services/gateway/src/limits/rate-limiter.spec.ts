import type { Redis } from 'ioredis';
import { RedisRateLimiter } from './rate-limiter';

/** A stand-in for the claim script: a window count with the script's arithmetic, and the claims it was asked. */
function fakeRedis(windowMs = 1_000) {
  let count = 0;
  const claims: number[] = [];
  const redis = {
    defineCommand: () => undefined,
    gatewayRateClaim: async (_key: string, _window: number, limit: number, block: number) => {
      claims.push(block);
      count += block;
      return [Math.max(0, Math.min(block, limit - (count - block))), windowMs];
    },
  };
  return { redis: redis as unknown as Redis, claims };
}

describe('RedisRateLimiter (leases)', () => {
  it('admits exactly the limit, one claim per block, and remembers the refusal', async () => {
    const { redis, claims } = fakeRedis();
    const limiter = new RedisRateLimiter(redis, 'p:', () => 0);
    const decisions = await Promise.all(Array.from({ length: 200 }, () => limiter.hit('c', 160, 1)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(160);
    expect(decisions.find((d) => !d.allowed)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(claims.every((block) => block === 5)).toBe(true);
    const before = claims.length;
    await limiter.hit('c', 160, 1);
    expect(claims.length).toBe(before);
  });

  it('claims one call at a time for a small limit', async () => {
    const { redis, claims } = fakeRedis();
    const limiter = new RedisRateLimiter(redis, 'p:', () => 0);
    const allowed = [];
    for (let i = 0; i < 4; i++) allowed.push((await limiter.hit('c', 3, 1)).allowed);
    expect(allowed).toEqual([true, true, true, false]);
    expect(claims).toEqual([1, 1, 1, 1]);
  });
});

describe('RedisRateLimiter (top-ups)', () => {
  it('claims the next block before the lease runs out, so calls keep being decided without a round trip', async () => {
    const { redis, claims } = fakeRedis();
    const limiter = new RedisRateLimiter(redis, 'p:', () => 0);
    expect(limiter.tryHit('c', 6_400, 1)).toBeUndefined(); // nothing leased yet
    expect((await limiter.hit('c', 6_400, 1)).allowed).toBe(true);
    expect(claims).toEqual([64]);
    const decided: Array<boolean | undefined> = [];
    for (let i = 0; i < 47; i++) decided.push(limiter.tryHit('c', 6_400, 1)?.allowed);
    expect(claims).toEqual([64, 64]); // a quarter left: the top-up is on its way
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 80; i++) decided.push(limiter.tryHit('c', 6_400, 1)?.allowed);
    expect(decided.every((allowed) => allowed === true)).toBe(true);
  });

  it('never admits more than the limit with top-ups, and refuses locally once Redis grants nothing', async () => {
    const { redis } = fakeRedis();
    const limiter = new RedisRateLimiter(redis, 'p:', () => 0);
    let admitted = 0;
    for (let i = 0; i < 3_000; i++) {
      const decision = limiter.tryHit('c', 2_048, 1) ?? (await limiter.hit('c', 2_048, 1));
      if (decision.allowed) admitted += 1;
      if (i % 7 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(admitted).toBe(2_048);
  });
});
