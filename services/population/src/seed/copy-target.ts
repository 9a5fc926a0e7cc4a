import type { GeneratedHousehold } from '@d06/synthetic';
import { once } from 'node:events';
import { Client } from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import { deferIndexes } from '@d06/persistence';
import { encodeBatch, tableEncoders, type TableEncoders } from './copy-lines';
import { SEED_COLUMNS, SEED_TABLES, type SeedTable } from './seed-rows';
import type { SeedTarget, SeedWrite } from './seed-target';
import type { SeedRowCounts } from './seed.types';
import { claimCitizens, qualified } from './table-lock';

/** Bytes a COPY stream buffers before it asks the loader to wait: about one batch, so generation overlaps I/O. */
const HIGH_WATER_MARK = 4 * 1024 * 1024;

interface Lane {
  readonly table: SeedTable;
  readonly client: Client;
  stream?: CopyStreamQuery;
  failure?: Promise<never>;
  /** Builds the table's indexes again after the load (deferIndexes). */
  rebuildIndexes?: () => Promise<void>;
}

/**
 * PostgreSQL: one connection and one COPY FROM STDIN per table, fed concurrently so the four backends work in
 * parallel with the generator. Each lane truncates its table in its own transaction and copies with FREEZE
 * (rows land already frozen: no later vacuum pass to set hint bits) into the table without its indexes, which it
 * builds again at the end (deferIndexes). All four commit at the end, after every stream has been accepted and
 * every index built, so a failure anywhere leaves the previous contents.
 */
export class CopyTarget implements SeedTarget {
  readonly mode = 'copy';
  private readonly lanes: Lane[];
  private readonly encoders = tableEncoders();

  constructor(
    databaseUrl: string,
    private readonly schema: string,
  ) {
    this.lanes = SEED_TABLES.map((table) => ({
      table,
      client: new Client({ connectionString: databaseUrl, application_name: `d06:seed:${table}` }),
    }));
  }

  async begin(replace: boolean): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.client.connect()));
    const [citizens, ...others] = this.lanes;
    await citizens.client.query('BEGIN');
    await claimCitizens(citizens.client, this.schema, replace);
    for (const lane of others) {
      await lane.client.query('BEGIN');
      await lane.client.query(`TRUNCATE ${qualified(this.schema, lane.table)}`);
    }
    for (const lane of this.lanes) {
      lane.rebuildIndexes = await deferIndexes(lane.client, qualified(this.schema, lane.table));
      this.open(lane);
    }
  }

  write(batch: readonly GeneratedHousehold[]): SeedWrite {
    const before = rowCounts(this.encoders);
    encodeBatch(batch, this.encoders);
    const waits: Promise<unknown>[] = [];
    for (const lane of this.lanes) {
      let accepted = true;
      for (const chunk of this.encoders[lane.table].take()) accepted = lane.stream!.write(chunk);
      if (!accepted) waits.push(Promise.race([once(lane.stream!, 'drain'), lane.failure!]));
    }
    const after = rowCounts(this.encoders);
    return {
      rows: {
        citizens: after.citizens - before.citizens,
        households: after.households - before.households,
        idcards: after.idcards - before.idcards,
        data_defects: after.data_defects - before.data_defects,
      },
      ready: waits.length > 0 ? Promise.all(waits) : undefined,
    };
  }

  async commit(): Promise<void> {
    await Promise.all(
      this.lanes.map(async (lane) => {
        lane.stream!.end();
        await Promise.race([once(lane.stream!, 'finish'), lane.failure!]);
        await lane.rebuildIndexes!();
      }),
    );
    await Promise.all(this.lanes.map((lane) => lane.client.query('COMMIT')));
    // Fresh statistics, so the first lookups after a bulk load get sensible plans.
    await Promise.all(
      this.lanes.map((lane) => lane.client.query(`ANALYZE ${qualified(this.schema, lane.table)}`)),
    );
    await Promise.all(this.lanes.map((lane) => lane.client.end()));
  }

  async abort(): Promise<void> {
    // Closing a connection rolls back its transaction, mid-COPY included; the old contents stay.
    await Promise.all(this.lanes.map((lane) => lane.client.end().catch(() => undefined)));
  }

  private open(lane: Lane): void {
    const columns = SEED_COLUMNS[lane.table].map((c) => `"${c}"`).join(', ');
    const sql = `COPY ${qualified(this.schema, lane.table)} (${columns}) FROM STDIN WITH (FORMAT text, FREEZE)`;
    const stream = lane.client.query(copyFrom(sql, { highWaterMark: HIGH_WATER_MARK }));
    lane.stream = stream;
    lane.failure = new Promise<never>((_, reject) => stream.once('error', reject));
    lane.failure.catch(() => undefined); // observed through the races above
  }
}

function rowCounts(encoders: TableEncoders): SeedRowCounts {
  return {
    citizens: encoders.citizens.rows,
    households: encoders.households.rows,
    idcards: encoders.idcards.rows,
    data_defects: encoders.data_defects.rows,
  };
}
