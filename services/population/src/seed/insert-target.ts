import type { GeneratedHousehold } from '@d06/synthetic';
import { Client } from 'pg';
import type { CopyValue } from '@d06/persistence';
import { batchRows, SEED_COLUMNS, SEED_TABLES, type SeedTable } from './seed-rows';
import type { SeedTarget, SeedWrite } from './seed-target';
import { claimCitizens, qualified } from './table-lock';

/** Bind parameters per statement, under PostgreSQL's limit of 65 535. */
const MAX_PARAMETERS = 30_000;

/**
 * The embedded database: PGlite's socket server does not speak the COPY FROM STDIN sub-protocol (the backend
 * reports "protocol synchronization was lost"), so the seed falls back to multi-row INSERTs there, in one
 * transaction on one connection (PGlite runs one transaction at a time). Fine for the small provinces the
 * embedded mode is for; real PostgreSQL takes the COPY path.
 */
export class InsertTarget implements SeedTarget {
  readonly mode = 'insert';
  private readonly client: Client;

  constructor(
    databaseUrl: string,
    private readonly schema: string,
  ) {
    this.client = new Client({ connectionString: databaseUrl, application_name: 'd06:seed' });
  }

  async begin(replace: boolean): Promise<void> {
    await this.client.connect();
    await this.client.query('BEGIN');
    await claimCitizens(this.client, this.schema, replace);
    for (const table of SEED_TABLES.filter((t) => t !== 'citizens')) {
      await this.client.query(`TRUNCATE ${qualified(this.schema, table)}`);
    }
  }

  write(batch: readonly GeneratedHousehold[]): SeedWrite {
    const rows = batchRows(batch);
    return {
      rows: {
        citizens: rows.citizens.length,
        households: rows.households.length,
        idcards: rows.idcards.length,
        data_defects: rows.data_defects.length,
      },
      ready: (async () => {
        for (const table of SEED_TABLES) await this.insert(table, rows[table]);
      })(),
    };
  }

  async commit(): Promise<void> {
    await this.client.query('COMMIT');
    await this.client.end();
  }

  async abort(): Promise<void> {
    await this.client.query('ROLLBACK').catch(() => undefined);
    await this.client.end().catch(() => undefined);
  }

  private async insert(table: SeedTable, rows: readonly CopyValue[][]): Promise<void> {
    const columns = SEED_COLUMNS[table];
    const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const values = chunk
        .map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
        .join(', ');
      await this.client.query(
        `INSERT INTO ${qualified(this.schema, table)} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`,
        chunk.flat(),
      );
    }
  }
}
