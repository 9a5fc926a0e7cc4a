import { settledReport } from './settled-report';

const FIGURES = { 'healthInsurance.lookups.total.change': 40 };
const report = (lookups: number) => ({
  report: { healthInsurance: { lookups: { total: { change: lookups } } } },
});

/** A metrics service whose answers are given in turn (the last one repeated). */
function answers(...values: number[]) {
  let calls = 0;
  return {
    fetch: () => Promise.resolve(report(values[Math.min(calls++, values.length - 1)])),
    calls: () => calls,
  };
}

describe('settledReport', () => {
  it('reads the report once where the environment gives no time to catch up', async () => {
    const metrics = answers(38, 40);
    const { comparison } = await settledReport(metrics.fetch, FIGURES, { timeoutMs: 0, quietMs: 0 });
    expect(comparison?.passed).toBe(false);
    expect(metrics.calls()).toBe(1);
  });

  it('waits for a lagging report to reach the ledger, then checks it stays there', async () => {
    const metrics = answers(38, 39, 40);
    const { comparison } = await settledReport(metrics.fetch, FIGURES, { timeoutMs: 10_000, quietMs: 10 });
    expect(comparison?.passed).toBe(true);
    expect(metrics.calls()).toBe(4);
  });

  it('fails a figure that passes through the ledger’s value and moves on (a late duplicate)', async () => {
    const metrics = answers(40, 41);
    const { comparison } = await settledReport(metrics.fetch, FIGURES, { timeoutMs: 10_000, quietMs: 10 });
    expect(comparison?.passed).toBe(false);
    expect(comparison?.checks[0]).toMatchObject({ expected: 40, actual: 41, status: 'differs' });
  });

  it('gives up at the deadline with the last difference', async () => {
    const metrics = answers(30);
    const { comparison } = await settledReport(metrics.fetch, FIGURES, { timeoutMs: 1_500, quietMs: 10 });
    expect(comparison?.checks[0]).toMatchObject({ actual: 30, status: 'differs' });
    expect(metrics.calls()).toBeGreaterThan(1); // asked again before giving up
  });
});
