import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunResult } from '@d06/simulator';
import { freePortBase } from '@d06/testing';
import { runScenarioCli } from './support/run-d06';

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

describe('d06 scenario run, embedded end to end', () => {
  let result: RunResult;
  let exitCode: number;
  let junit: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'd06-scenario-'));
    const file = join(dir, 'component-small.yaml');
    writeFileSync(file, SCENARIO);
    const run = await runScenarioCli([file, '--junit', join(dir, 'r.xml')], await freePortBase());
    exitCode = run.code;
    result = run.result;
    junit = readFileSync(join(dir, 'r.xml'), 'utf8');
  });

  it('carries out every planned action, the report equals the ledger figure by figure, and exits 0', () => {
    expect(result.outcomes.filter((o) => o.status !== 'ok')).toEqual([]);
    expect(result.comparison?.checks.filter((c) => c.status !== 'equal')).toEqual([]);
    expect(result.verdict).toBe('passed');
    expect(exitCode).toBe(0);
  });

  it('caused exactly what the plan meant to cause', () => {
    for (const [path, value] of Object.entries(result.planned))
      expect([path, result.ledger[path]]).toEqual([path, value]);
    expect(result.ledger['essentialServices.decision06[da06-02].overdue']).toBe(1);
    expect(result.ledger['healthInsurance.lookups.total.cumulative']).toBe(112);
    expect(result.ledger['healthInsurance.lookups.succeeded.change']).toBe(8);
  });

  it('follows each linked run to completion and files a JUnit case per run and per figure', () => {
    expect(result.linkedRuns.map((run) => run.status)).toEqual(['completed', 'completed']);
    expect(junit.match(/<testcase classname="linked\.birth"/g)).toHaveLength(2);
    expect(junit.match(/<testcase classname="figures"/g)).toHaveLength(result.comparison!.checks.length);
    expect(junit).not.toContain('<failure');
  });
});
