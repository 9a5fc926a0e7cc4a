import { backoffDelay, retryPolicy } from './retry-policy';

describe('backoffDelay', () => {
  const policy = retryPolicy({ initialDelayMs: 100, maxDelayMs: 1_000 });

  it('doubles per attempt within [ceiling/2, ceiling] and stops growing at the cap', () => {
    expect(backoffDelay(policy, 1, () => 0)).toBe(50);
    expect(backoffDelay(policy, 1, () => 1)).toBe(100);
    expect(backoffDelay(policy, 3, () => 1)).toBe(400);
    expect(backoffDelay(policy, 10, () => 1)).toBe(1_000);
    expect(backoffDelay(policy, 10, () => 0)).toBe(500);
  });
});
