import { EVENT_TYPES } from '@d06/contracts';
import { infrastructure, uniqueName, waitFor } from '@d06/testing';
import { PopulationStub } from './support/population-stub';
import { VneidHarness } from './support/vneid-harness';
import { citizen, HOUR, level1Body } from './support/world';
import { describeVneid } from './vneid.contract';

function realInfrastructure(run: string): Record<string, string> {
  const infra = infrastructure();
  return {
    DB_SCHEMA: run,
    DATABASE_URL: infra.databaseUrl,
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `${run}.`,
    REDIS_URL: infra.redisUrl,
  };
}

describeVneid('PostgreSQL, Kafka and Redis', () => realInfrastructure(uniqueName('vneid')));

// Two replicas on one database: each approval is claimed once, and both sign with the keys created first.
describe('vneid replicas (PostgreSQL, Kafka and Redis)', () => {
  const population = new PopulationStub();
  const replicas: VneidHarness[] = [];

  beforeAll(async () => {
    await population.start();
    const env = {
      ...realInfrastructure(uniqueName('vneid_rep')),
      POPULATION_URL: population.url,
      VNEID_SCHEDULER_INTERVAL_MS: '20',
    };
    replicas.push(await VneidHarness.start(env), await VneidHarness.start(env));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await population.stop();
  }, 30_000);

  it('share one signing key set', async () => {
    const kids = await Promise.all(
      replicas.map(async (r) =>
        (await r.call('GET', '/oidc/jwks', undefined)).body.keys.map((k: { kid: string }) => k.kid).sort(),
      ),
    );
    expect(kids[0]).toHaveLength(2);
    expect(kids[1]).toEqual(kids[0]);
  });

  it('approve each due request exactly once between them', async () => {
    const people = Array.from({ length: 12 }, (_, i) => citizen(100 + i, i % 2 === 0 ? 'male' : 'female'));
    population.add(...people);
    for (const [i, person] of people.entries()) {
      const answer = await replicas[i % 2].call(
        'POST',
        '/v1/accounts/level1-requests',
        'app',
        level1Body(person),
      );
      expect(answer.status).toBe(201);
    }
    await Promise.all(replicas.map((replica) => replica.advance(25 * HOUR)));
    const approvals = async () =>
      (await replicas[1].events()).filter((e) => e.type === EVENT_TYPES.EID_ACCOUNT_APPROVED);
    await waitFor(async () => (await approvals()).length >= people.length, {
      timeoutMs: 30_000,
      message: 'every request approved',
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // and none twice
    const approved = (await approvals()).map((e) => e.data.idNumber as string).sort();
    expect(approved).toEqual(people.map((p) => p.idNumber).sort());
  }, 60_000);
});
