import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * Starts one service in its own Node process. Each line it prints goes to `onLine` (default: this process's
 * stdout, prefixed with the service's name).
 */
export function spawnService(
  name: string,
  port: number,
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void = (line) => process.stdout.write(`[${name}] ${line}\n`),
): ChildProcess {
  const child = spawn(
    process.execPath,
    [...extraNodeArguments(env), '-r', '@swc-node/register', join('services', name, 'src', 'main.ts')],
    {
      cwd: REPOSITORY_ROOT,
      env: { ...env, PORT: String(port), SWC_NODE_PROJECT: join(REPOSITORY_ROOT, 'tsconfig.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', onLine);
  }
  return child;
}

/**
 * Node options for every service process from D06_SERVICE_NODE_ARGS (space-separated), e.g. `--cpu-prof
 * --cpu-prof-dir=prof` to profile a run: Node refuses profiling flags in NODE_OPTIONS.
 */
function extraNodeArguments(env: NodeJS.ProcessEnv): string[] {
  return (env.D06_SERVICE_NODE_ARGS ?? '').split(' ').filter((argument) => argument.length > 0);
}

/** Resolves when the child has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Sends a signal to a child this command started and waits for it to exit (SIGKILL after `graceMs`). */
export async function stopChild(
  child: ChildProcess,
  signal: NodeJS.Signals,
  graceMs = 10_000,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = exited(child);
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await gone;
  clearTimeout(timer);
}

/** Sends SIGTERM to the children this command started and waits for them to exit. */
export async function stopChildren(children: readonly ChildProcess[]): Promise<void> {
  await Promise.all(children.map((child) => stopChild(child, 'SIGTERM')));
}

/**
 * Waits until a service answers its readiness probe (database and broker reachable). Fails early when the child
 * exits, and after `timeoutMs`.
 */
export async function waitReady(
  baseUrl: string,
  child: ChildProcess | undefined,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null))
      throw new Error(
        `${baseUrl}: the process exited (${child.exitCode ?? child.signalCode}) before it was ready`,
      );
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(200);
  }
  throw new Error(`${baseUrl} was not ready within ${timeoutMs / 1_000} s (${last})`);
}
