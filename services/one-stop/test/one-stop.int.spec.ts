import { infrastructure, uniqueName } from '@d06/testing';
import { listCases } from './list.cases';
import { sagaCases } from './saga.cases';
import { OneStopHarness } from './support/one-stop-harness';

jest.setTimeout(60_000);

// Real PostgreSQL and Kafka: the saga's run state in the database, step requests through the outbox to Kafka,
// owners' answers consumed in group one-stop (under this run's topic prefix).
describe('one-stop linked procedures (PostgreSQL, Kafka)', () => {
  let harness: OneStopHarness;

  beforeAll(async () => {
    const infra = infrastructure();
    const run = uniqueName('one_stop');
    harness = await OneStopHarness.start({
      DB_SCHEMA: run,
      DATABASE_URL: infra.databaseUrl,
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: `${run}.`,
    });
  }, 120_000);

  afterAll(async () => {
    await harness?.stop();
  }, 30_000);

  sagaCases(() => harness);
  describe('lists of dossiers and actions', () => listCases(() => harness));
});
