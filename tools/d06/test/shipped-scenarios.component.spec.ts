import { listScenarios, type RunResult } from '@d06/simulator';
import { freePortBase } from '@d06/testing';
import { runScenarioCli } from './support/run-d06';

// Every shipped scenario small enough for CI passes its ledger check in the embedded mode, as `npx d06 scenario run
// <name>` runs it. The crash drill has its own specs (embedded and local); thanh-hoa-2023-09 (1:1) is the benchmark.
const COVERED_ELSEWHERE = new Set(['drill-crash', 'thanh-hoa-2023-09']);
const SCENARIOS = listScenarios()
  .map((scenario) => scenario.name)
  .filter((name) => !COVERED_ELSEWHERE.has(name));
/** The demo once more with its actions in concurrent waves (as load runs use): the ledger must still hold. */
const CONCURRENT = 'demo --concurrency 16';

jest.setTimeout(420_000);

describe('shipped scenarios, embedded', () => {
  const runs = new Map<string, { code: number; result: RunResult }>();

  beforeAll(async () => {
    // two simulations at a time: each is one process, the machine has two cores
    const queue = [...SCENARIOS, CONCURRENT];
    const worker = async () => {
      for (let name = queue.shift(); name; name = queue.shift())
        runs.set(name, await runScenarioCli(name.split(' '), await freePortBase()));
    };
    await Promise.all([worker(), worker()]);
  });

  it('ships the demo and the fault drills', () => {
    expect(SCENARIOS).toEqual(
      expect.arrayContaining([
        'demo',
        'drill-vneid-l1-delay',
        'drill-bhyt-household-confirmation',
        'drill-portal-sync-congestion',
        'drill-population-outage',
      ]),
    );
  });

  it.each([...SCENARIOS, CONCURRENT])(
    '%s: every action ends as planned and every report figure equals the ledger',
    (name) => {
      const { code, result } = runs.get(name)!;
      expect(result.outcomes.filter((outcome) => outcome.status === 'failed')).toEqual([]);
      expect(result.comparison?.checks.filter((check) => check.status !== 'equal')).toEqual([]);
      expect(result.comparison?.checks.length).toBeGreaterThan(200);
      expect(result.verdict).toBe('passed');
      expect(code).toBe(0);
    },
  );
});
