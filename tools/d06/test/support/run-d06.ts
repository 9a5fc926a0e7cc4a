import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { RunResult } from '@d06/simulator';

// Simulations run in a child process, through the command line: jest cannot load oidc-provider (an ES module), so
// VNeID cannot run inside a test's process.
const D06 = join(__dirname, '..', '..', 'bin', 'd06.js');

/**
 * `d06 scenario run <args> --json` on the given ports: its exit code and the run's result (its last line). A run
 * that has not finished in `timeoutMs` is killed, and the error carries the end of its progress output, so a
 * stuck simulation says where it stood instead of outliving the test.
 */
export async function runScenarioCli(
  args: readonly string[],
  portBase: number,
  timeoutMs = 240_000,
): Promise<{ code: number; result: RunResult }> {
  const { code, stdout, stderr, killed } = await new Promise<{
    code: number;
    stdout: string;
    stderr: string;
    killed: boolean;
  }>((resolve) => {
    execFile(
      process.execPath,
      [D06, 'scenario', 'run', ...args, '--json'],
      {
        env: { ...process.env, PORT_BASE: String(portBase), LOG_LEVEL: 'error' },
        maxBuffer: 64 * 1024 * 1024,
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
      },
      (error, out, err) =>
        resolve({
          code: error ? Number(error.code ?? 1) : 0,
          stdout: out,
          stderr: err,
          killed: Boolean(error?.killed),
        }),
    );
  });
  const last = stdout.trim().split('\n').pop() ?? '';
  if (killed || !last.startsWith('{')) {
    const why = killed ? `did not finish in ${timeoutMs / 1_000} s` : `printed no result (exit ${code})`;
    throw new Error(`d06 scenario run ${args.join(' ')} ${why}; its last output:\n${stderr.slice(-3_000)}`);
  }
  return { code, result: JSON.parse(last) as RunResult };
}
