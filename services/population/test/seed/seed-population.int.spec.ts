import { infrastructure, uniqueName } from '@d06/testing';
import { Client } from 'pg';
import { seedPopulation, SeedError, type SeedProgress } from '../../src/seed';
import { asRow, citizenRows, expectedProvince, sample, tableCounts } from './seed-fixture';

jest.setTimeout(120_000);

// The loader on real PostgreSQL (COPY FROM STDIN): 20 000 citizens of Thanh Hóa, checked against the generator.
describe('seedPopulation on PostgreSQL', () => {
  const schema = uniqueName('seed');
  const client = new Client({ connectionString: infrastructure().databaseUrl });
  const expected = expectedProvince('038', 20_000, 42);

  beforeAll(() => client.connect());
  afterAll(async () => {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('loads the generated province with COPY and reports it', async () => {
    const progress: SeedProgress[] = [];
    const summary = await seedPopulation({
      databaseUrl: infrastructure().databaseUrl,
      schema,
      provinceCode: '38',
      size: 20_000,
      seed: 42,
      progressIntervalMs: 0,
      onProgress: (p) => progress.push(p),
    });
    expect(summary).toMatchObject({ schema, provinceCode: '038', size: 20_000, seed: 42, mode: 'copy' });
    expect(summary.rows).toEqual(expected.rows);
    expect(await tableCounts(client, schema)).toEqual({ ...expected.rows, outbox: 0 });
    expect(progress.at(-1)).toMatchObject({ done: true, citizens: 20_000, totalCitizens: 20_000 });
    expect(progress.filter((p) => !p.done).length).toBeGreaterThan(1);
    expect(progress.map((p) => p.citizens)).toEqual(
      [...progress.map((p) => p.citizens)].sort((a, b) => a - b),
    );
  });

  it('stores each sampled citizen exactly as generated', async () => {
    const people = sample(expected.people, 300);
    const stored = await citizenRows(
      client,
      schema,
      people.map((p) => p.idNumber),
    );
    expect(stored).toEqual([...people].sort((a, b) => a.idNumber.localeCompare(b.idNumber)).map(asRow));
  });

  it('keeps ID numbers unique and household links whole', async () => {
    const one = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0].n);
    const s = `"${schema}"`;
    expect(await one(`SELECT count(DISTINCT id_number) AS n FROM ${s}.citizens`)).toBe(20_000);
    // Every citizen's household exists, and every household's head lives in it as its head.
    expect(
      await one(`SELECT count(*) AS n FROM ${s}.citizens c LEFT JOIN ${s}.households h USING (household_id)
                 WHERE h.household_id IS NULL`),
    ).toBe(0);
    expect(
      await one(`SELECT count(*) AS n FROM ${s}.households h LEFT JOIN ${s}.citizens c
                   ON c.id_number = h.head_id_number AND c.household_id = h.household_id AND c.relation_to_head = 'head'
                 WHERE c.id_number IS NULL`),
    ).toBe(0);
    // Parents named on a citizen live in the same household.
    expect(
      await one(`SELECT count(*) AS n FROM ${s}.citizens c LEFT JOIN ${s}.citizens f ON f.id_number = c.father_id_number
                 WHERE c.father_id_number IS NOT NULL AND (f.household_id IS DISTINCT FROM c.household_id OR f.sex <> 'male')`),
    ).toBe(0);
    expect(
      await one(`SELECT count(*) AS n FROM ${s}.data_defects d LEFT JOIN ${s}.citizens c USING (id_number)
                 WHERE c.id_number IS NULL`),
    ).toBe(0);
    const cards = await client.query<{
      id_number: string;
      issued_on: string;
      expires_on: string | null;
      chip: boolean;
    }>(
      `SELECT id_number, to_char(issued_on, 'YYYY-MM-DD') AS issued_on, to_char(expires_on, 'YYYY-MM-DD') AS expires_on,
              chip FROM ${s}.idcards ORDER BY id_number LIMIT 50`,
    );
    const byId = new Map(expected.people.map((p) => [p.idNumber, p]));
    for (const card of cards.rows) {
      const { issuedOn, expiresOn, chip } = byId.get(card.id_number)!.idCard!;
      expect(card).toEqual({ id_number: card.id_number, issued_on: issuedOn, expires_on: expiresOn, chip });
    }
  });

  it('refuses to seed a schema that has citizens, and leaves it as it was', async () => {
    await expect(
      seedPopulation({
        databaseUrl: infrastructure().databaseUrl,
        schema,
        provinceCode: '038',
        size: 100,
        seed: 1,
      }),
    ).rejects.toMatchObject({ code: 'ALREADY_SEEDED' } satisfies Partial<SeedError>);
    expect((await tableCounts(client, schema)).citizens).toBe(20_000);
  });

  it('replaces the seeded tables with `replace`', async () => {
    const other = expectedProvince('040', 1_000, 7);
    const summary = await seedPopulation({
      databaseUrl: infrastructure().databaseUrl,
      schema,
      provinceCode: '40',
      size: 1_000,
      seed: 7,
      replace: true,
    });
    expect(summary.rows).toEqual(other.rows);
    expect(await tableCounts(client, schema)).toEqual({ ...other.rows, outbox: 0 });
    const stored = await citizenRows(client, schema, [other.people[0].idNumber]);
    expect(stored).toEqual([asRow(other.people[0])]);
  });

  it('rejects bad options before touching the database', async () => {
    await expect(
      seedPopulation({
        databaseUrl: infrastructure().databaseUrl,
        schema: 'Bad-Name',
        provinceCode: '38',
        size: 1,
        seed: 1,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    await expect(
      seedPopulation({
        databaseUrl: infrastructure().databaseUrl,
        schema,
        provinceCode: '99',
        size: 1,
        seed: 1,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });
});
