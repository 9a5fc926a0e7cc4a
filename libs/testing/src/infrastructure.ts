// Endpoints of the real infrastructure for integration tests, as the jest global setup resolved them.

export interface Infrastructure {
  readonly kafkaBrokers: string[];
  readonly databaseUrl: string;
  readonly redisUrl: string;
}

const NAMES = ['KAFKA_BROKERS', 'DATABASE_URL', 'REDIS_URL'] as const;

/**
 * The Kafka, PostgreSQL and Redis endpoints for this run. Throws when they were not provided: an integration
 * test fails rather than skips.
 */
export function infrastructure(env: NodeJS.ProcessEnv = process.env): Infrastructure {
  const missing = NAMES.filter((name) => (env[name] ?? '').trim() === '');
  if (missing.length > 0) {
    const why =
      env.D06_TEST_INFRA === 'none'
        ? 'D06_TEST_INFRA=none provisions nothing, so integration tests cannot run: unset it'
        : 'the jest global setup (libs/testing/src/global-setup.js) did not run: run the root config ' +
          '(npx jest -c jest.config.js <path>) or export the endpoints';
    throw new Error(`test infrastructure missing (${missing.join(', ')}): ${why}`);
  }
  const kafkaBrokers = env
    .KAFKA_BROKERS!.split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker !== '');
  return { kafkaBrokers, databaseUrl: env.DATABASE_URL!.trim(), redisUrl: env.REDIS_URL!.trim() };
}
