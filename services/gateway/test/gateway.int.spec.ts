import { infrastructure, uniqueName } from '@d06/testing';
import { describeGateway } from './gateway.contract';

// Real PostgreSQL (message log, registry), Kafka (monitoring records, change events) and Redis (limits, cache).
describeGateway('PostgreSQL, Kafka and Redis', () => {
  const infra = infrastructure();
  const run = uniqueName('gateway');
  return {
    DB_SCHEMA: run,
    DATABASE_URL: infra.databaseUrl,
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `${run}.`,
    REDIS_URL: infra.redisUrl,
  };
});
