import { infrastructure, uniqueName } from '@d06/testing';
import { describeRegistry } from './registry.contract';

describeRegistry('PostgreSQL, Kafka and Redis', () => {
  const infra = infrastructure();
  const run = uniqueName('pop');
  return {
    DB_SCHEMA: run,
    DATABASE_URL: infra.databaseUrl,
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `${run}.`,
    REDIS_URL: infra.redisUrl,
  };
});
