import { Pool } from 'pg';
import { EmbeddedPostgres } from './embedded-postgres';

// Several connections running extended-protocol queries at once must never see each other's statements: the
// embedded server multiplexes them onto PGlite's single backend one whole cycle at a time.
describe('embedded PostgreSQL under concurrent connections', () => {
  const embedded = new EmbeddedPostgres();
  let pool: Pool;

  beforeAll(async () => {
    pool = new Pool({ connectionString: (await embedded.start()).url, max: 6 });
  }, 60_000);

  afterAll(async () => {
    await pool.end();
    await embedded.stop();
  });

  it('answers every one of 600 concurrent, different parameterised queries with its own result', async () => {
    const queries = Array.from({ length: 600 }, (_, i) => {
      const shape = i % 3;
      const sql =
        shape === 0
          ? 'SELECT $1::int AS n, $2::text AS label'
          : shape === 1
            ? 'SELECT $2::text AS label, $1::int * 2 AS doubled, now() AS at'
            : 'SELECT length($2::text) AS len, $1::int AS n';
      return pool
        .query(sql, [i, `q${i}`])
        .then(({ rows }) => ({ i, shape, row: rows[0] as Record<string, unknown> }));
    });
    for (const { i, shape, row } of await Promise.all(queries)) {
      if (shape === 0) expect(row).toEqual({ n: i, label: `q${i}` });
      else if (shape === 1) expect(row).toMatchObject({ label: `q${i}`, doubled: i * 2 });
      else expect(row).toEqual({ len: `q${i}`.length, n: i });
    }
  }, 60_000);
});
