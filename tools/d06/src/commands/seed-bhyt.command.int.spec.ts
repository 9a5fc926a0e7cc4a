import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createCache } from '@d06/cache';
import { infrastructure, uniqueName } from '@d06/testing';
import { Client } from 'pg';

jest.setTimeout(120_000);

const BIN = join(__dirname, '..', '..', 'bin', 'd06.js');

function d06(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', KAFKA_TOPIC_PREFIX: '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The command as a user runs it: exit codes, messages, a real seed on PostgreSQL and the cache warmed in Redis.
describe('d06 seed bhyt', () => {
  const schema = uniqueName('bhyt_cli');
  const args = ['seed', 'bhyt', '--province', '38', '--size', '1500', '--seed', '5', '--schema', schema];

  afterAll(async () => {
    const client = new Client({ connectionString: infrastructure().databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('exits 2 naming the bad argument, and 2 without a database', () => {
    const bad = d06([...args, '--facility-id-card-share', '2']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("option '--facility-id-card-share <0-1>' argument '2' is invalid");
    const noDatabase = d06(args);
    expect(noDatabase.status).toBe(2);
    expect(noDatabase.stderr).toContain('a PostgreSQL database is needed');
  });

  it('seeds, warms the cache under the service’s prefix, and refuses a second seed without --replace', async () => {
    const { databaseUrl, redisUrl } = infrastructure();
    const first = d06([...args, '--json', '--topic-prefix', `${schema}.`], {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
    });
    expect(first.status).toBe(0);
    const summary = JSON.parse(first.stdout) as {
      rows: { participants: number; facilities: number };
      cacheEntries: number;
      mode: string;
    };
    expect(summary).toMatchObject({ mode: 'copy', rows: { facilities: 677 } });
    expect(summary.rows.participants).toBeGreaterThan(1_000);
    expect(summary.cacheEntries).toBeGreaterThan(summary.rows.participants);
    expect(first.stderr).toContain('seeded 1500/1500 citizens');
    expect(first.stdout + first.stderr).not.toMatch(/[0-9]{12}/); // no personal ID number in the output

    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ sin: string }>(
      `SELECT social_insurance_number AS sin FROM "${schema}".participants LIMIT 1`,
    );
    await client.end();
    const cache = createCache({ redisUrl, prefix: `d06:${schema}.${schema}:` });
    expect(await cache.get(`sin:${rows[0].sin}`)).toMatchObject({ socialInsuranceNumber: rows[0].sin });
    await cache.close();

    const second = d06([...args, '--database-url', databaseUrl, '--no-warm-cache']);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already has participants');
    const replaced = d06([...args, '--database-url', databaseUrl, '--replace']);
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toContain('Seeded the BHYT registry of Thanh Hóa (038)');
    expect(replaced.stdout).toContain('677 (677 using the chip ID card)');
    expect(replaced.stdout).toContain('not warmed');
  });
});
