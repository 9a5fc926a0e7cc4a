import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { infrastructure, uniqueName } from '@d06/testing';
import { Client } from 'pg';

jest.setTimeout(120_000);

const BIN = join(__dirname, '..', '..', 'bin', 'd06.js');

function d06(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The command as a user runs it: exit codes, messages, and a real seed on PostgreSQL.
describe('d06 seed population', () => {
  const schema = uniqueName('seed_cli');
  const databaseUrl = () => infrastructure().databaseUrl;

  afterAll(async () => {
    const client = new Client({ connectionString: databaseUrl() });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('exits 2 naming the bad argument, and 2 without a database', () => {
    const bad = d06(['seed', 'population', '--province', '99', '--size', '10', '--seed', '1']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("option '--province <code>' argument '99' is invalid");
    const noDatabase = d06(['seed', 'population', '--province', '38', '--size', '10', '--seed', '1']);
    expect(noDatabase.status).toBe(2);
    expect(noDatabase.stderr).toContain('a PostgreSQL database is needed');
  });

  it('seeds with DATABASE_URL, prints JSON, then refuses a second seed without --replace (exit 1)', () => {
    const args = [
      'seed',
      'population',
      '--province',
      '38',
      '--size',
      '1500',
      '--seed',
      '5',
      '--schema',
      schema,
    ];
    const first = d06([...args, '--json'], { DATABASE_URL: databaseUrl() });
    expect(first.status).toBe(0);
    const summary = JSON.parse(first.stdout) as {
      rows: { citizens: number };
      provinceCode: string;
      mode: string;
    };
    expect(summary).toMatchObject({ provinceCode: '038', mode: 'copy', rows: { citizens: 1500 } });
    expect(first.stderr).toContain('seeded 1500/1500 citizens (100.0%)');
    expect(first.stderr).not.toMatch(/[0-9]{12}/); // no personal ID number in the output

    const second = d06([...args, '--database-url', databaseUrl()]);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already has citizens');
    const replaced = d06([...args, '--database-url', databaseUrl(), '--replace']);
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toContain('Seeded 1,500 citizens of Thanh Hóa (038)');
  });
});
