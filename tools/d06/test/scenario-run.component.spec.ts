import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunResult } from '@d06/simulator';

// The embedded simulation runs in a child process, through the command line (jest cannot load oidc-provider, an
// ES module, so VNeID cannot run inside the test's process).
const D06 = join(__dirname, '..', 'bin', 'd06.js');

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
  let result: RunResult;
  let exitCode: number;
  let junit: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'd06-scenario-'));
    const file = join(dir, 'component-small.yaml');
    writeFileSync(file, SCENARIO);
    const portBase = await freePortBase();
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        [D06, 'scenario', 'run', file, '--json', '--junit', join(dir, 'r.xml')],
        {
          env: { ...process.env, PORT_BASE: String(portBase), LOG_LEVEL: 'error' },
          maxBuffer: 64 * 1024 * 1024,
        },
        (error, out) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out }),
      );
    });
    exitCode = code;
    result = JSON.parse(stdout.trim().split('\n').pop()!) as RunResult;
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
