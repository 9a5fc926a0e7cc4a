import type { INestApplication } from '@nestjs/common';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createEmbeddedService } from './embedded-launcher';
import { localEndpoints } from './local-infra';
import { runLocalScenarioUp } from './up-local';
import { DEFAULT_SCENARIO, runEmbeddedScenario } from './up-scenario';
import { REPOSITORY_ROOT, spawnService, stopChildren } from './process-launcher';
import { peerUrls, portOf, SERVICES } from './service-ports';

export type InfraMode = 'embedded' | 'local' | 'env';

export interface UpOptions {
  readonly infra: InfraMode;
  readonly portBase?: number;
  /** A scenario to run once up: a name or file; false for none; undefined for the default (embedded: demo). */
  readonly scenario?: string | false;
}

/** `d06 up`: starts every service and serves until Ctrl-C. */
export async function runUp(options: UpOptions): Promise<void> {
  if (options.infra === 'embedded') {
    const scenario = options.scenario ?? DEFAULT_SCENARIO;
    if (scenario !== false) return runEmbeddedScenario(scenario, options.portBase);
    return runEmbedded(options.portBase);
  }
  // with a scenario: the run's own processes, schemas and shared clock, the scenario run against them
  if (typeof options.scenario === 'string')
    return runLocalScenarioUp(options.scenario, options.infra, options.portBase);
  if (options.infra === 'local') {
    execFileSync('bash', [join(REPOSITORY_ROOT, 'infra', 'local', 'up.sh')], { stdio: 'inherit' });
    return runProcesses({ ...process.env, ...localEndpoints() }, options.portBase);
  }
  const missing = ['KAFKA_BROKERS', 'DATABASE_URL'].filter((name) => !process.env[name]);
  if (missing.length > 0) throw new Error(`--infra env needs ${missing.join(' and ')} in the environment`);
  return runProcesses(process.env, options.portBase);
}

async function runEmbedded(portBase?: number): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn';
  const apps: INestApplication[] = [];
  for (const { name } of SERVICES) {
    const app = await createEmbeddedService(name, portBase);
    await app.listen(portOf(name, portBase), '127.0.0.1');
    apps.push(app);
  }
  printWhereToLook('embedded: one process, in-memory broker, embedded PostgreSQL (PGlite)', portBase);
  await untilSignal();
  for (const app of apps.reverse()) await app.close();
}

async function runProcesses(env: NodeJS.ProcessEnv, portBase?: number): Promise<void> {
  // one business clock for every process (kept in Redis), so the simulator's /v1/clock moves them all
  const clock: NodeJS.ProcessEnv = env.REDIS_URL
    ? {
        D06_CLOCK: env.D06_CLOCK ?? 'shared',
        D06_CLOCK_KEY_PREFIX: env.D06_CLOCK_KEY_PREFIX ?? `d06:up-${Date.now().toString(36)}:`,
      }
    : {};
  const children: ChildProcess[] = SERVICES.map(({ name }) =>
    spawnService(name, portOf(name, portBase), { ...peerUrls(portBase), ...env, ...clock }),
  );
  printWhereToLook(`one process per service on Kafka ${env.KAFKA_BROKERS} and PostgreSQL`, portBase);
  await untilSignal();
  await stopChildren(children);
}

export function printWhereToLook(mode: string, portBase?: number): void {
  const url = (name: (typeof SERVICES)[number]['name'], path: string): string =>
    `http://127.0.0.1:${portOf(name, portBase)}${path}`;
  process.stdout.write(
    [
      `d06 is up (${mode}).`,
      ...SERVICES.map(({ name, landing }) => `  ${name.padEnd(16)} ${url(name, landing)}`),
      `  health, metrics  ${url('population', '/health/ready')}, ${url('population', '/metrics')} (each service)`,
      'Calls to the population register carry x-caller-* headers; see README. Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

export function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
