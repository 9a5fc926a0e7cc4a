import { Client } from 'pg';
import { uniqueSchema } from '../test-support/unique-schema';
import { deferIndexes } from './deferred-indexes';

jest.setTimeout(60_000);

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/d06_test';

describe('deferIndexes on PostgreSQL', () => {
  const schema = uniqueSchema('deferred');
  const people = `"${schema}".people`;
  const client = new Client({ connectionString: databaseUrl });

  /** Every index of a table with its definition, and its constraints: what must come back unchanged. */
  const shape = async (table: string) => {
    const { rows: indexes } = await client.query<{ definition: string }>(
      'SELECT pg_get_indexdef(indexrelid) AS definition FROM pg_index WHERE indrelid = $1::regclass ORDER BY 1',
      [table],
    );
    const { rows: constraints } = await client.query<{ name: string; definition: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE conrelid = $1::regclass ORDER BY 1`,
      [table],
    );
    return { indexes: indexes.map((r) => r.definition), constraints };
  };

  beforeAll(async () => {
    await client.connect();
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(`CREATE TABLE ${people} (
      id_number char(12) CONSTRAINT pk_people PRIMARY KEY,
      card_code text CONSTRAINT uq_people_card UNIQUE,
      household text NOT NULL,
      full_name text NOT NULL)`);
    await client.query(`CREATE INDEX ix_people_household ON ${people} (household) WHERE household <> ''`);
    await client.query(`CREATE INDEX ix_people_name ON ${people} (lower(full_name))`);
    // a foreign key leans on the card code's unique index: that one must stay
    await client.query(`CREATE TABLE "${schema}".visits (card_code text REFERENCES ${people} (card_code))`);
    await client.query(`INSERT INTO ${people} VALUES ('001000000001', 'C1', 'H1', 'An')`);
  });

  afterAll(async () => {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('drops the indexes for the load and builds the same ones again before the commit', async () => {
    const before = await shape(people);
    await client.query('BEGIN');
    await client.query(`TRUNCATE ${people} CASCADE`);
    const rebuild = await deferIndexes(client, people);
    const during = await shape(people);
    await client.query(
      `INSERT INTO ${people} SELECT lpad(n::text, 12, '0'), 'C' || n, 'H' || (n % 7), 'P' || n
         FROM generate_series(1, 5000) n`,
    );
    await rebuild();
    await client.query('COMMIT');

    expect(during.indexes).toEqual([expect.stringContaining('uq_people_card')]);
    expect(await shape(people)).toEqual(before);
    await expect(
      client.query(`INSERT INTO ${people} VALUES ('000000000001', 'X', 'H', 'Dup')`),
    ).rejects.toThrow(/pk_people/);
    const { rows } = await client.query<{ plan: string }>(
      `EXPLAIN SELECT * FROM ${people} WHERE lower(full_name) = 'p42'`,
    );
    expect(rows.map((r) => Object.values(r)[0]).join('\n')).toMatch(/ix_people_name/);
  });

  it('fails the rebuild on rows that break a unique key, and the rollback keeps the table as it was', async () => {
    const before = await shape(people);
    const { rows: counted } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${people}`);
    await client.query('BEGIN');
    await client.query(`TRUNCATE ${people} CASCADE`);
    const rebuild = await deferIndexes(client, people);
    await client.query(`INSERT INTO ${people} VALUES ('001', 'A', 'H', 'x'), ('001', 'B', 'H', 'y')`);
    await expect(rebuild()).rejects.toThrow(/pk_people|duplicate/);
    await client.query('ROLLBACK');

    expect(await shape(people)).toEqual(before);
    const { rows: after } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${people}`);
    expect(after).toEqual(counted);
  });
});
