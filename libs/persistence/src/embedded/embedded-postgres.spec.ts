import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Pool } from 'pg';
import { EmbeddedPostgres } from './embedded-postgres';

jest.setTimeout(60_000);

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe('EmbeddedPostgres', () => {
  const embedded = new EmbeddedPostgres({ maxConnections: 4 });
  let url: string;

  beforeAll(async () => {
    ({ url } = await embedded.start());
  });

  afterAll(async () => {
    await embedded.stop();
  });

  // The server frees a slot only after it has processed the client's disconnect; start each test from zero.
  beforeEach(async () => {
    while ((await embedded.stats())?.activeConnections !== 0) await sleep(5);
  });

  it('serves PostgreSQL 18 (PGlite) over TCP on an OS-assigned port', async () => {
    const again = await embedded.start();

    expect(again.url).toBe(url);
    expect(again.port).toBeGreaterThan(0);
    expect(url).toBe(`postgres://postgres@127.0.0.1:${again.port}/postgres`);
    const version = await withClient(url, (c) => c.query<{ v: string }>('SELECT version() AS v'));
    expect(version.rows[0]?.v).toMatch(/^PostgreSQL 18\.\d+ \(PGlite/);
  });

  it('is one process-wide instance through shared()', () => {
    expect(EmbeddedPostgres.shared()).toBe(EmbeddedPostgres.shared());
    expect(EmbeddedPostgres.shared()).not.toBe(embedded);
  });

  it('serves a pool of several connections with transactions that never interleave', async () => {
    const pool = new Pool({ connectionString: url, max: 4 });
    try {
      await pool.query('CREATE TABLE account (id int PRIMARY KEY, balance int NOT NULL)');
      await pool.query('INSERT INTO account VALUES (1, 0)');

      await Promise.all(
        Array.from({ length: 30 }, async () => {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            const { rows } = await client.query<{ balance: number }>(
              'SELECT balance FROM account WHERE id = $1',
              [1],
            );
            await sleep(1); // a read-modify-write race on real concurrency; here the transaction runs alone
            await client.query('UPDATE account SET balance = $1 WHERE id = $2', [rows[0].balance + 10, 1]);
            await client.query('COMMIT');
          } finally {
            client.release();
          }
        }),
      );

      expect((await pool.query('SELECT balance FROM account')).rows).toEqual([{ balance: 300 }]);
      expect(pool.totalCount).toBe(4);
      expect(await embedded.stats()).toMatchObject({
        activeConnections: 4,
        maxConnections: 4,
        queuedQueries: 0,
      });
    } finally {
      await pool.end();
    }
  });

  it('holds other connections back until an open transaction ends, then shows only committed data', async () => {
    await withClient(url, async (writer) => {
      await writer.query('CREATE TABLE flag (v text)');
      await writer.query("INSERT INTO flag VALUES ('before')");
      await withClient(url, async (reader) => {
        await writer.query('BEGIN');
        await writer.query("UPDATE flag SET v = 'uncommitted'");
        let seen: string | undefined;
        const read = reader.query<{ v: string }>('SELECT v FROM flag').then((r) => (seen = r.rows[0]?.v));

        await sleep(100);
        expect(seen).toBeUndefined();
        await writer.query('ROLLBACK');
        await read;
        expect(seen).toBe('before');
      });
    });
  });

  it('rolls back the open transaction of a client that disconnects, freeing the others', async () => {
    await withClient(url, (c) => c.query('CREATE TABLE audit (n int)'));
    const quitter = new Client({ connectionString: url });
    await quitter.connect();
    await quitter.query('BEGIN');
    await quitter.query('INSERT INTO audit VALUES (1)');
    quitter.on('error', () => undefined);
    (quitter as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();

    const count = await withClient(url, (c) => c.query<{ n: string }>('SELECT count(*) AS n FROM audit'));

    expect(count.rows[0]?.n).toBe('0');
  });

  it('refuses a connection beyond maxConnections', async () => {
    const held = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const client = new Client({ connectionString: url });
        await client.connect();
        return client;
      }),
    );
    try {
      // The server writes "Too many connections" outside the protocol and hangs up; pg sees only the socket drop.
      await expect(withClient(url, (c) => c.query('SELECT 1'))).rejects.toThrow(
        /Connection terminated unexpectedly|ECONNRESET/,
      );
    } finally {
      await Promise.all(held.map((client) => client.end()));
    }
  });
});

describe('EmbeddedPostgres lifecycle', () => {
  const dirs: string[] = [];
  const instances: EmbeddedPostgres[] = [];
  const savedDataDir = process.env.PGLITE_DATA_DIR;

  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'd06-pglite-'));
    dirs.push(dir);
    return dir;
  }

  function track(instance: EmbeddedPostgres): EmbeddedPostgres {
    instances.push(instance);
    return instance;
  }

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
    if (savedDataDir === undefined) delete process.env.PGLITE_DATA_DIR;
    else process.env.PGLITE_DATA_DIR = savedDataDir;
  });

  it('starts once for concurrent callers and fresh (in memory) after a stop', async () => {
    const embedded = track(new EmbeddedPostgres());
    const [a, b] = await Promise.all([embedded.start(), embedded.start()]);
    expect(a).toEqual(b);
    await withClient(a.url, (c) => c.query('CREATE TABLE gone (id int)'));

    await embedded.stop();
    expect(await embedded.stats()).toBeUndefined();
    const { url } = await embedded.start();

    const found = await withClient(url, (c) =>
      c.query<{ t: string | null }>("SELECT to_regclass('gone')::text AS t"),
    );
    expect(found.rows[0]?.t).toBeNull();
  });

  it('keeps data in PGLITE_DATA_DIR across restarts', async () => {
    const dir = tempDir();
    process.env.PGLITE_DATA_DIR = dir;
    const first = track(new EmbeddedPostgres());
    await withClient((await first.start()).url, async (c) => {
      await c.query('CREATE TABLE kept (note text)');
      await c.query("INSERT INTO kept VALUES ('survives restart')");
    });
    await first.stop();
    delete process.env.PGLITE_DATA_DIR;
    expect(readdirSync(dir)).toContain('PG_VERSION');

    const second = track(new EmbeddedPostgres({ dataDir: dir }));
    const rows = await withClient((await second.start()).url, (c) =>
      c.query<{ note: string }>('SELECT note FROM kept'),
    );

    expect(rows.rows).toEqual([{ note: 'survives restart' }]);
  });
});
