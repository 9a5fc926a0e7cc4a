import { bhytCachePrefix } from '../src';
import { infrastructure, uniqueName } from '@d06/testing';
import { describeBhyt } from './bhyt.contract';

// Real PostgreSQL (the seed loads it with COPY), Kafka and Redis (the seed warms the cache the service reads).
describeBhyt('PostgreSQL, Kafka and Redis', () => {
  const infra = infrastructure();
  const run = uniqueName('bhyt');
  const env = {
    DB_SCHEMA: run,
    DATABASE_URL: infra.databaseUrl,
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `${run}.`,
    REDIS_URL: infra.redisUrl,
  };
  return {
    env,
    seed: { databaseUrl: infra.databaseUrl, redisUrl: infra.redisUrl, cachePrefix: bhytCachePrefix(env) },
  };
});
