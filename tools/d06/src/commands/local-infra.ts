import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { localDatabaseUrl } from '@d06/persistence';
import { REPOSITORY_ROOT } from './process-launcher';

const run = promisify(execFile);

/** Where the services of a run find Kafka, PostgreSQL and Redis. */
export interface InfraEndpoints {
  readonly KAFKA_BROKERS: string;
  readonly DATABASE_URL: string;
  readonly REDIS_URL: string;
}

/**
 * The project's local broker as the infra/kafka scripts see it: its port, controller port and state directory
 * (KAFKA_PORT, KAFKA_CONTROLLER_PORT, KAFKA_STATE_DIR; the defaults are 9092, 29093 and infra/kafka/run).
 */
export type LocalKafkaSettings = Readonly<
  Partial<Record<'KAFKA_PORT' | 'KAFKA_CONTROLLER_PORT' | 'KAFKA_STATE_DIR', string>>
>;

/** The broker settings of the shell (the infra/kafka scripts read the same variables). */
export function localKafkaFromEnv(env: NodeJS.ProcessEnv = process.env): LocalKafkaSettings {
  const names = ['KAFKA_PORT', 'KAFKA_CONTROLLER_PORT', 'KAFKA_STATE_DIR'] as const;
  return Object.fromEntries(names.filter((name) => env[name]).map((name) => [name, env[name]]));
}

/** The local infrastructure's endpoints (what infra/local/up.sh prints; PostgreSQL on its socket when it has one). */
export function localEndpoints(kafka: LocalKafkaSettings = {}): InfraEndpoints {
  return {
    KAFKA_BROKERS: `127.0.0.1:${kafka.KAFKA_PORT ?? '9092'}`,
    DATABASE_URL: localDatabaseUrl('d06'),
    REDIS_URL: 'redis://127.0.0.1:6379',
  };
}

/** `--infra env`: the endpoints from the environment; every one is needed (Redis carries the shared clock). */
export function environmentEndpoints(env: NodeJS.ProcessEnv = process.env): InfraEndpoints {
  const names = ['KAFKA_BROKERS', 'DATABASE_URL', 'REDIS_URL'] as const;
  const missing = names.filter((name) => !env[name]);
  if (missing.length > 0)
    throw new Error(
      `--infra env needs ${missing.join(', ')} in the environment (see README: local infrastructure)`,
    );
  return { KAFKA_BROKERS: env.KAFKA_BROKERS!, DATABASE_URL: env.DATABASE_URL!, REDIS_URL: env.REDIS_URL! };
}

/** Starts PostgreSQL, Redis and the broker when down (infra/local/up.sh, idempotent); its output goes to `log`. */
export async function startLocalInfra(kafka: LocalKafkaSettings, log: (line: string) => void): Promise<void> {
  const { stdout } = await run('bash', [join(REPOSITORY_ROOT, 'infra', 'local', 'up.sh')], {
    env: { ...process.env, ...kafka },
  });
  for (const line of stdout.trim().split('\n')) if (line.startsWith('kafka:')) log(line);
}

/**
 * Stops the local broker and starts it again (infra/kafka scripts: stop waits for the process to end, start until
 * an admin call succeeds). Its data survives: topics, offsets and committed records are all there afterwards.
 */
export async function restartLocalBroker(kafka: LocalKafkaSettings): Promise<void> {
  const env = { ...process.env, ...kafka };
  await run('bash', [join(REPOSITORY_ROOT, 'infra', 'kafka', 'stop.sh')], { env });
  await run('bash', [join(REPOSITORY_ROOT, 'infra', 'kafka', 'start.sh')], { env });
}
