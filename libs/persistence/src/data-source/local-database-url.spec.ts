import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDatabaseUrl } from './local-database-url';

describe('localDatabaseUrl', () => {
  it("goes through the cluster's Unix socket when it is there", () => {
    const directory = mkdtempSync(join(tmpdir(), 'pgsock-'));
    writeFileSync(join(directory, '.s.PGSQL.5432'), '');
    const url = localDatabaseUrl('d06', directory);
    const parsed = new URL(url); // a valid URL (the services' settings check it)
    expect([parsed.username, decodeURIComponent(parsed.hostname), parsed.pathname]).toEqual([
      'postgres',
      directory,
      '/d06',
    ]);
  });

  it('falls back to TCP on 127.0.0.1 when there is no socket', () => {
    const directory = mkdtempSync(join(tmpdir(), 'pgsock-'));
    expect(localDatabaseUrl('d06', directory)).toBe('postgres://postgres@127.0.0.1:5432/d06');
  });
});
