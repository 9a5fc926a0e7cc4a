import type { ChildProcess } from 'node:child_process';
import { busFaultEnv } from '@d06/messaging';
import { SharedClockController } from '@d06/platform';
import { subjectPoolsOf, type RunEnvironment, type Scenario, type SubjectPools } from '@d06/simulator';
import {
  environmentEndpoints,
  localEndpoints,
  localKafkaFromEnv,
  restartLocalBroker,
  startLocalInfra,
  type InfraEndpoints,
  type LocalKafkaSettings,
} from './local-infra';
import { spawnService, stopChild, waitReady } from './process-launcher';
import { removeRunData, runIsolation, type RunIsolation } from './run-isolation';
import { runStart, seedScenario } from './scenario-seed';
import { scenarioBusFaults, serviceSettings } from './scenario-settings';
import { peerUrls, portOf, SIMULATED_SERVICES, type ServiceName } from './service-ports';

export interface LocalSimulationOptions {
  /** local: start the local infrastructure (infra/local/up.sh) and use it; env: KAFKA_BROKERS, DATABASE_URL, REDIS_URL. */
  readonly infra: 'local' | 'env';
  readonly portBase?: number;
  /** The local broker's script settings (another port or state directory); local only, default from the shell. */
  readonly kafka?: LocalKafkaSettings;
  readonly log?: (line: string) => void;
  /** Every line a service prints (default: kept, the last ones shown by `serviceOutput`). */
  readonly onServiceLine?: (service: ServiceName, line: string) => void;
  /** Keep the run's schemas, topics and keys after stop() (to look at them). */
  readonly keepData?: boolean;
  /**
   * Services started beside the run's, on its infrastructure and clock, but not driven by it (`d06 up` starts the
   * simulator's control API this way). Best effort: one that does not come up is reported, not fatal.
   */
  readonly alsoStart?: readonly ServiceName[];
}

export interface LocalSimulation {
  readonly environment: RunEnvironment;
  readonly isolation: RunIsolation;
  readonly endpoints: InfraEndpoints;
  /** The last lines each service printed (for a failure's diagnosis). */
  serviceOutput(service: ServiceName): readonly string[];
  /** The process id of each service running now (a benchmark samples their memory). */
  pids(): Partial<Record<ServiceName, number>>;
  stop(): Promise<void>;
}

/** How long a service may take to answer its readiness probe after a (re)start. */
const READY_TIMEOUT_MS = 90_000;
/** Crashed members leave their consumer groups this soon (the broker's least, group.min.session.timeout.ms), so a
 * killed service's partitions move on, and its restarted process joins, within seconds. */
const SESSION_TIMEOUT_MS = '6000';
const KEPT_LINES = 80;

/**
 * Every service in its own process on real Kafka, PostgreSQL and Redis, all on one business clock kept in Redis
 * (SharedClockController here, a follower in each service), in schemas, topics and keys of the run's own; the
 * registries seeded there first. The environment's levers are real: kill sends SIGKILL, restart spawns the service
 * again and waits until it is ready, restartBroker (local only) stops and starts the local Kafka.
 */
export async function startLocalSimulation(
  scenario: Scenario,
  options: LocalSimulationOptions,
): Promise<LocalSimulation> {
  const log = options.log ?? (() => undefined);
  const kafka = options.kafka ?? localKafkaFromEnv();
  if (options.infra === 'local') {
    const began = performance.now();
    await startLocalInfra(kafka, log);
    log(`local infrastructure up in ${((performance.now() - began) / 1_000).toFixed(1)} s`);
  }
  const endpoints = options.infra === 'local' ? localEndpoints(kafka) : environmentEndpoints();
  const isolation = runIsolation();
  const services = SIMULATED_SERVICES.map((service) => service.name);
  log(`run ${isolation.runId}: topics ${isolation.topicPrefix}*, schemas *_${isolation.runId}`);

  const start = runStart(scenario);
  const clock = new SharedClockController({
    redisUrl: endpoints.REDIS_URL,
    keyPrefix: isolation.clockPrefix,
  });
  await clock.start({ start, speed: scenario.clock?.speed ?? 1, paused: true });
  const children = new Map<ServiceName, ChildProcess>();
  const timed = async (what: string, work: () => Promise<void>): Promise<void> => {
    const began = performance.now();
    await work();
    log(`${what} in ${((performance.now() - began) / 1_000).toFixed(1)} s`);
  };
  const output = new Map<ServiceName, string[]>();
  const stop = async (): Promise<void> => {
    await Promise.all([...children.values()].map((child) => stopChild(child, 'SIGTERM')));
    children.clear();
    await clock.close();
    if (options.keepData) return;
    for (const problem of await removeRunData(isolation, endpoints))
      log(`run ${isolation.runId}: cleanup incomplete (${problem})`);
  };

  try {
    // the runner's subject pools are sorted from the seeds' generation of the province, not a second one
    let pools: SubjectPools | undefined;
    const seeded = await seedScenario(
      scenario,
      start,
      log,
      { databaseUrl: endpoints.DATABASE_URL, schemaOf: isolation.schemaOf },
      async (households) => void (pools = await subjectPoolsOf(scenario, households)),
    );
    const faults = scenarioBusFaults(scenario);
    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...peerUrls(options.portBase),
      METRICS_URL: `http://127.0.0.1:${portOf('metrics', options.portBase)}`,
      ...endpoints,
      KAFKA_TOPIC_PREFIX: isolation.topicPrefix,
      KAFKA_SESSION_TIMEOUT_MS: SESSION_TIMEOUT_MS,
      D06_CLOCK: 'shared',
      D06_CLOCK_KEY_PREFIX: isolation.clockPrefix,
      VNEID_TEST_MODE: process.env.VNEID_TEST_MODE ?? 'true',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...(faults ? busFaultEnv(faults) : {}),
    };
    const urlOf = (name: ServiceName) => `http://127.0.0.1:${portOf(name, options.portBase)}`;
    const launch = async (name: ServiceName): Promise<void> => {
      const lines = output.get(name) ?? [];
      output.set(name, lines);
      const env = {
        ...baseEnv,
        DB_SCHEMA: isolation.schemaOf(name),
        ...serviceSettings(scenario, name, options.portBase),
      };
      const child = spawnService(name, portOf(name, options.portBase), env, (line) => {
        lines.push(line);
        if (lines.length > KEPT_LINES) lines.shift();
        options.onServiceLine?.(name, line);
      });
      children.set(name, child);
      try {
        await waitReady(urlOf(name), child, READY_TIMEOUT_MS);
      } catch (error) {
        const last = lines.slice(-20).join('\n');
        throw new Error(`${error instanceof Error ? error.message : String(error)}; it printed:\n${last}`);
      }
    };
    await timed(
      `services up: ${services.join(', ')} (each its own process, business clock shared through Redis)`,
      async () => void (await Promise.all(services.map(launch))),
    );
    for (const name of options.alsoStart ?? [])
      await launch(name).catch((error: unknown) =>
        log(`${name} did not start: ${error instanceof Error ? error.message : String(error)}`),
      );

    const environment: RunEnvironment = {
      urls: Object.fromEntries(services.map((name) => [name, urlOf(name)])),
      clock,
      seeded,
      pools,
      // restarted processes and rebalanced consumer groups catch up after the settle wait
      settleTimeoutMs: 90_000,
      kill: async (service) => {
        const child = children.get(service);
        children.delete(service);
        if (child) await stopChild(child, 'SIGKILL');
        log(`killed ${service} (SIGKILL, pid ${child?.pid})`);
      },
      restart: (service) =>
        timed(`restarted ${service}`, async () => {
          if (!children.has(service)) await launch(service);
        }),
      ...(options.infra === 'local'
        ? {
            restartBroker: () =>
              timed('restarted the broker', async () => {
                await restartLocalBroker(kafka);
                // every service answers its readiness probe (broker included) again before the run goes on
                await Promise.all(
                  [...children.entries()].map(([name, child]) =>
                    waitReady(urlOf(name), child, READY_TIMEOUT_MS),
                  ),
                );
              }),
          }
        : {}),
    };
    return {
      environment,
      isolation,
      endpoints,
      serviceOutput: (service) => output.get(service) ?? [],
      pids: () =>
        Object.fromEntries(
          [...children.entries()].flatMap(([name, child]) =>
            child.pid === undefined ? [] : [[name, child.pid]],
          ),
        ),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
