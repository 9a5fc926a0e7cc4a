import { infrastructure, uniqueName } from '@d06/testing';
import { describeSocialSecurity } from './social-security.contract';

describeSocialSecurity('PostgreSQL and Kafka', () => {
  const infra = infrastructure();
  const run = uniqueName('ssa');
  return {
    DB_SCHEMA: run,
    DATABASE_URL: infra.databaseUrl,
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `${run}.`,
  };
});
