import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..', '..');

/** Starts one service in its own Node process, its output prefixed with its name. */
export function spawnService(name: string, port: number, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join('services', name, 'src', 'main.ts')],
    {
      cwd: REPOSITORY_ROOT,
      env: { ...env, PORT: String(port), SWC_NODE_PROJECT: join(REPOSITORY_ROOT, 'tsconfig.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [child.stdout, child.stderr]) {
    if (stream)
      createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${name}] ${line}\n`));
  }
  return child;
}

/** Sends SIGTERM to the children this command started and waits for them to exit. */
export async function stopChildren(children: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}
