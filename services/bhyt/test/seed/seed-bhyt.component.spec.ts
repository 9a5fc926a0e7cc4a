import { EmbeddedPostgres } from '@d06/persistence';
import { Client } from 'pg';
import { seedBhyt } from '../../src/seed';
import { expectedRegistry, sample, sortedRows, storedCards, tableCounts } from './seed-fixture';

jest.setTimeout(120_000);

// The embedded database (PGlite over its socket server) takes no COPY FROM STDIN, so the loader uses INSERTs there.
describe('seedBhyt on the embedded database', () => {
  const embedded = new EmbeddedPostgres();
  const schema = 'bhyt_seed';
  let client: Client;
  const expected = expectedRegistry('024', 600, 3);

  beforeAll(async () => {
    client = new Client({ connectionString: (await embedded.start()).url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await embedded.stop();
  });

  it('loads a small province with INSERTs, the same rows as the generator', async () => {
    const summary = await seedBhyt({ embedded, schema, provinceCode: '24', size: 600, seed: 3 });
    expect(summary).toMatchObject({
      mode: 'insert',
      rows: { ...expected.rows, facilities: 10 + 10 * 4 + 196 },
    });
    const counts = await tableCounts(client, schema);
    expect(counts).toEqual({
      participants: expected.rows.participants,
      cards: expected.rows.cards,
      facilities: 246,
      outbox: 1,
    });
    const seeds = sample(expected.seeds, 40);
    expect(
      await storedCards(
        client,
        schema,
        seeds.map((s) => s.rows[0].social_insurance_number),
      ),
    ).toEqual(sortedRows(seeds));
  });

  it('dates the registry.seeded event at the business time it is given', async () => {
    const now = new Date('2023-08-14T17:00:00.000Z');
    await seedBhyt({ embedded, schema: 'bhyt_seed_dated', provinceCode: '24', size: 50, seed: 3, now });
    const { rows } = await client.query<{ envelope: { time: string; data: { occurredAt: string } } }>(
      'SELECT envelope FROM "bhyt_seed_dated"."outbox"',
    );
    expect(rows.map((row) => [row.envelope.time, row.envelope.data.occurredAt])).toEqual([
      [now.toISOString(), now.toISOString()],
    ]);
  });
});
