import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source/create-data-source';
import { EmbeddedPostgres } from '../embedded/embedded-postgres';
import { entities, migrations } from '../test-support/citizen.fixtures';
import { uniqueSchema } from '../test-support/unique-schema';
import { databaseReady } from './database-ready';

jest.setTimeout(60_000);

describe('databaseReady', () => {
  const embedded = new EmbeddedPostgres();
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await createDataSource({ schema: uniqueSchema('ready'), entities, migrations, embedded });
  });

  afterAll(async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded.stop();
  });

  it('is true when the pool can run a query', async () => {
    expect(await databaseReady(dataSource)).toBe(true);
  });

  it('answers false within its timeout while another connection holds the embedded database', async () => {
    const holder = new Client({ connectionString: (await embedded.start()).url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1');
      const started = Date.now();

      expect(await databaseReady(dataSource, 150)).toBe(false);
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect(await databaseReady(dataSource)).toBe(true);
  });

  it('is false for a DataSource that is not initialized', async () => {
    const closed = await createDataSource({ schema: uniqueSchema('closed'), entities, migrations, embedded });
    await closed.destroy();

    expect(await databaseReady(closed)).toBe(false);
  });
});
