import { Client } from 'pg';
import {
  claimRegistry,
  insertOutbox,
  insertRows,
  qualified,
  type OutboxRow,
  type SeedBatch,
  type SeedSink,
} from './seed-sink';
import type { SeedValue } from './seed-tables';

/**
 * The embedded database: PGlite's socket server does not speak the COPY FROM STDIN sub-protocol, so the seed
 * falls back to multi-row INSERTs there, in one transaction on one connection. Fine for the small provinces the
 * embedded mode is for; real PostgreSQL takes the COPY path.
 */
export class InsertSink implements SeedSink {
  readonly mode = 'insert';
  private readonly client: Client;

  constructor(
    databaseUrl: string,
    private readonly schema: string,
  ) {
    this.client = new Client({ connectionString: databaseUrl, application_name: 'd06:seed:bhyt' });
  }

  async begin(replace: boolean): Promise<void> {
    await this.client.connect();
    await this.client.query('BEGIN');
    await claimRegistry(this.client, this.schema, replace);
    await this.client.query(`TRUNCATE ${qualified(this.schema, 'cards')}`);
  }

  async write(batch: SeedBatch): Promise<void> {
    await insertRows(this.client, this.schema, 'participants', batch.participants);
    await insertRows(this.client, this.schema, 'cards', batch.cards);
  }

  async commit(facilities: SeedValue[][], seeded: OutboxRow): Promise<void> {
    await insertRows(this.client, this.schema, 'facilities', facilities);
    await insertOutbox(this.client, this.schema, seeded);
    await this.client.query('COMMIT');
    await this.client.end();
  }

  async abort(): Promise<void> {
    await this.client.query('ROLLBACK').catch(() => undefined);
    await this.client.end().catch(() => undefined);
  }
}
