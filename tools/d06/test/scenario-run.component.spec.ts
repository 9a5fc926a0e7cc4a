import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { junitReport, loadScenarioFile, runScenario, type RunResult } from '@d06/simulator';
import { startEmbeddedSimulation, type EmbeddedSimulation } from '../src/commands/scenario-embedded';

jest.setTimeout(240_000);

const SCENARIO = `
name: component-small
province: "38"
period: { label: 2023-09, from: "2023-08-15", to: "2023-09-14", asOf: "2023-09-15" }
population: { size: 800 }
seed: 5
clock: { speed: 60000, settleMs: 2000 }
essentialServices:
  da06-02: { dossiers: 5, online: 2, onTime: 3, overdue: 1 }
linkedProcedures:
  births: { runs: 2, online: 1 }
healthInsurance:
  lookups: { total: 12, succeeded: 8, facilities: 2 }
eid:
  level1: { applications: 3, activations: 2 }
  level2: { applications: 2, activations: 2 }
socialSecurity:
  accounts: { socialAssistance: 1 }
openingBalances:
  healthInsurance.lookups.total.cumulative: 100
faults:
  kills: [{ service: bhyt, at: "2023-08-28T10:00:00+07:00", restartAfterMinutes: 5 }]
`;

/** A base whose service ports (base+1 … base+7) are all free. */
async function freePortBase(): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer().once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (let base = 41_000 + (process.pid % 200) * 100; ; base += 100) {
    const checks = await Promise.all([1, 2, 3, 4, 5, 6, 7, 80].map((d) => free(base + d)));
    if (checks.every(Boolean)) return base;
  }
}

describe('d06 scenario run, embedded end to end', () => {
  let simulation: EmbeddedSimulation;
  let result: RunResult;

  beforeAll(async () => {
    process.env.LOG_LEVEL ??= 'error';
    const file = join(mkdtempSync(join(tmpdir(), 'd06-scenario-')), 'component-small.yaml');
    writeFileSync(file, SCENARIO);
    const scenario = loadScenarioFile(file);
    simulation = await startEmbeddedSimulation(scenario, await freePortBase());
    result = await runScenario(scenario, simulation.environment);
  });

  afterAll(async () => {
    await simulation?.stop();
  });

  it('carries out every planned action and the report equals the ledger figure by figure', () => {
    expect(result.outcomes.filter((o) => o.status !== 'ok')).toEqual([]);
    expect(result.comparison?.checks.filter((c) => c.status !== 'equal')).toEqual([]);
    expect(result.verdict).toBe('passed');
  });

  it('caused exactly what the plan meant to cause', () => {
    for (const [path, value] of Object.entries(result.planned)) expect([path, result.ledger[path]]).toEqual([path, value]);
    expect(result.ledger['essentialServices.decision06[da06-02].overdue']).toBe(1);
    expect(result.ledger['healthInsurance.lookups.total.cumulative']).toBe(112);
    expect(result.ledger['healthInsurance.lookups.succeeded.change']).toBe(8);
  });

  it('follows each linked run to completion and files a JUnit case per run and per figure', () => {
    expect(result.linkedRuns.map((run) => run.status)).toEqual(['completed', 'completed']);
    const xml = junitReport(result);
    expect(xml.match(/<testcase classname="linked\.birth"/g)).toHaveLength(2);
    expect(xml.match(/<testcase classname="figures"/g)).toHaveLength(result.comparison!.checks.length);
    expect(xml).not.toContain('<failure');
  });
});
