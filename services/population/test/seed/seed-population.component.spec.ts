import { EmbeddedPostgres } from '@d06/persistence';
import { Client } from 'pg';
import { seedPopulation } from '../../src/seed';
import { asRow, citizenRows, expectedProvince, sample, tableCounts } from './seed-fixture';

jest.setTimeout(120_000);

// The embedded database (PGlite over its socket server) takes no COPY FROM STDIN, so the loader uses INSERTs there.
describe('seedPopulation on the embedded database', () => {
  const embedded = new EmbeddedPostgres();
  const schema = 'population_seed';
  let client: Client;
  const expected = expectedProvince('024', 600, 3);

  beforeAll(async () => {
    client = new Client({ connectionString: (await embedded.start()).url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await embedded.stop();
  });

  it('loads a small province with INSERTs, the same rows as the generator', async () => {
    const summary = await seedPopulation({ embedded, schema, provinceCode: '24', size: 600, seed: 3 });
    expect(summary).toMatchObject({ mode: 'insert', rows: expected.rows });
    expect(await tableCounts(client, schema)).toEqual({ ...expected.rows, outbox: 0 });
    const people = sample(expected.people, 40);
    const stored = await citizenRows(
      client,
      schema,
      people.map((p) => p.idNumber),
    );
    expect(stored).toEqual([...people].sort((a, b) => a.idNumber.localeCompare(b.idNumber)).map(asRow));
  });

  it('refuses a second seed without replace and takes one with it', async () => {
    await expect(
      seedPopulation({ embedded, schema, provinceCode: '24', size: 10, seed: 4 }),
    ).rejects.toMatchObject({
      code: 'ALREADY_SEEDED',
    });
    expect((await tableCounts(client, schema)).citizens).toBe(600);
    await seedPopulation({ embedded, schema, provinceCode: '24', size: 10, seed: 4, replace: true });
    expect((await tableCounts(client, schema)).citizens).toBe(10);
  });
});
