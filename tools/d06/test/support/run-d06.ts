import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { RunResult } from '@d06/simulator';

// Simulations run in a child process, through the command line: jest cannot load oidc-provider (an ES module), so
// VNeID cannot run inside a test's process.
const D06 = join(__dirname, '..', '..', 'bin', 'd06.js');

/** `d06 scenario run <args> --json` on the given ports: its exit code and the run's result (its last line). */
export async function runScenarioCli(
  args: readonly string[],
  portBase: number,
): Promise<{ code: number; result: RunResult }> {
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(
      process.execPath,
      [D06, 'scenario', 'run', ...args, '--json'],
      {
        env: { ...process.env, PORT_BASE: String(portBase), LOG_LEVEL: 'error' },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, out) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out }),
    );
  });
  return { code, result: JSON.parse(stdout.trim().split('\n').pop()!) as RunResult };
}
