import { resolveScenario, type RunResult } from '@d06/simulator';
import { freePortBase } from '@d06/testing';
import { runScenarioCli } from './support/run-d06';

// The crash drill in the embedded mode, through the command line: each service closed and started again in the process, a quarter of the
// events duplicated and a tenth delayed on the in-process bus; the broker restart is the one lever it cannot pull.
jest.setTimeout(240_000);

describe('crash drill, embedded', () => {
  let result: RunResult;
  let exitCode: number;

  beforeAll(async () => {
    const run = await runScenarioCli(['drill-crash'], await freePortBase());
    exitCode = run.code;
    result = run.result;
  });

  it('duplicates and delays messages, restarts every service, and the report still equals the ledger', () => {
    const scenario = resolveScenario('drill-crash');
    expect(scenario.faults?.bus?.duplicateRate).toBeGreaterThan(0);
    expect(scenario.faults?.bus?.delay?.rate).toBeGreaterThan(0);
    const levers = result.outcomes.filter(
      (o) => o.kind.startsWith('service.') || o.kind === 'broker.restart',
    );
    expect(levers.map((o) => `${o.kind} ${o.status}`).sort()).toEqual(
      [
        'broker.restart skipped',
        ...(scenario.faults?.kills ?? []).flatMap(() => ['service.kill ok', 'service.restart ok']),
      ].sort(),
    );
    expect(result.outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    expect(result.comparison?.checks.filter((check) => check.status !== 'equal')).toEqual([]);
    expect(result.verdict).toBe('passed');
    expect(exitCode).toBe(0);
  });
});
