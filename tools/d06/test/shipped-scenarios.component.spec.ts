import { listScenarios } from '@d06/simulator';
import { freePortBase } from '@d06/testing';
import { runScenarioCli } from './support/run-d06';

// Every shipped scenario small enough for CI passes its ledger check in the embedded mode, as `npx d06 scenario run
// <name>` runs it. The crash drill has its own specs (embedded and local); thanh-hoa-2023-09 (1:1) is the benchmark.
const COVERED_ELSEWHERE = new Set(['drill-crash', 'thanh-hoa-2023-09']);
const SCENARIOS = listScenarios()
  .map((scenario) => scenario.name)
  .filter((name) => !COVERED_ELSEWHERE.has(name));
// The demo runs with its actions in concurrent waves (as load runs use), the drills one action at a time: both
// runner paths must keep the ledger. One simulation at a time: each is a whole platform in one process.
const RUNS = SCENARIOS.map((name) => (name === 'demo' ? ['demo', '--concurrency', '16'] : [name]));

describe('shipped scenarios, embedded', () => {
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

  it.each(RUNS.map((args) => [args.join(' '), args] as const))(
    '%s: every action ends as planned and every report figure equals the ledger',
    async (_name, args) => {
      const { code, result } = await runScenarioCli(args, await freePortBase());
      expect(result.outcomes.filter((outcome) => outcome.status === 'failed')).toEqual([]);
      expect(result.comparison?.checks.filter((check) => check.status !== 'equal')).toEqual([]);
      expect(result.comparison?.checks.length).toBeGreaterThan(200);
      expect(result.verdict).toBe('passed');
      expect(code).toBe(0);
    },
    300_000,
  );
});
