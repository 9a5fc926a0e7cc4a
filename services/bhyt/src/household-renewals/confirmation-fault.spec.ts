import { confirmationFails } from './confirmation-fault';

const households = Array.from({ length: 10_000 }, (_, i) => `HH038${i.toString(16).padStart(8, '0')}`);
const failures = (seed: number, rate: number, attempt = 1) =>
  households.filter((h) => confirmationFails(seed, h, attempt, rate));

describe('confirmationFails', () => {
  it('never fails at rate 0 and always at rate 1', () => {
    expect(failures(1, 0)).toHaveLength(0);
    expect(failures(1, 1)).toHaveLength(households.length);
  });

  it('fails about the configured share of attempts', () => {
    const share = failures(7, 0.3).length / households.length;
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.32);
  });

  it('fails the same attempts for the same seed, others for another seed or attempt', () => {
    expect(failures(7, 0.3)).toEqual(failures(7, 0.3));
    expect(failures(8, 0.3)).not.toEqual(failures(7, 0.3));
    expect(failures(7, 0.3, 2)).not.toEqual(failures(7, 0.3, 1));
  });
});
