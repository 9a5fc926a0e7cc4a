import { once } from 'node:events';
import { Client } from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import { copyLine, deferIndexes } from '@d06/persistence';
import {
  claimRegistry,
  insertOutbox,
  insertRows,
  qualified,
  type OutboxRow,
  type SeedBatch,
  type SeedSink,
} from './seed-sink';
import { SEED_COLUMNS, type SeedValue } from './seed-tables';

type Lane = 'participants' | 'cards';

/** Bytes a COPY stream buffers before the loader waits: about a batch, so generation overlaps the database. */
const HIGH_WATER_MARK = 4 * 1024 * 1024;

/**
 * PostgreSQL: participants and cards each stream through COPY FROM STDIN on a connection of their own, in
 * parallel with the generator; each lane truncates its table in its transaction and copies with FREEZE into the
 * table without its indexes, built again once the rows are in (deferIndexes). Both commit at the end (facilities
 * and the seed's event with the participants), so a failure leaves the previous contents.
 */
export class CopySink implements SeedSink {
  readonly mode = 'copy';
  private readonly clients: Record<Lane, Client>;
  private readonly streams: Partial<Record<Lane, CopyStreamQuery>> = {};
  private readonly failures: Partial<Record<Lane, Promise<never>>> = {};
  /** Build each table's indexes again after its load (deferIndexes). */
  private readonly rebuildIndexes: Partial<Record<Lane, () => Promise<void>>> = {};

  constructor(
    databaseUrl: string,
    private readonly schema: string,
  ) {
    const client = (lane: Lane) =>
      new Client({ connectionString: databaseUrl, application_name: `d06:seed:bhyt:${lane}` });
    this.clients = { participants: client('participants'), cards: client('cards') };
  }

  async begin(replace: boolean): Promise<void> {
    const { participants, cards } = this.clients;
    await Promise.all([participants.connect(), cards.connect()]);
    await participants.query('BEGIN');
    await claimRegistry(participants, this.schema, replace);
    await cards.query('BEGIN');
    await cards.query(`TRUNCATE ${qualified(this.schema, 'cards')}`);
    for (const lane of ['participants', 'cards'] as const) {
      this.rebuildIndexes[lane] = await deferIndexes(this.clients[lane], qualified(this.schema, lane));
      this.open(lane);
    }
  }

  async write(batch: SeedBatch): Promise<void> {
    const waits: Promise<unknown>[] = [];
    for (const lane of ['participants', 'cards'] as const) {
      const stream = this.streams[lane]!;
      let text = '';
      for (const row of batch[lane]) text += copyLine(row);
      if (!stream.write(text)) {
        waits.push(Promise.race([once(stream, 'drain'), this.failures[lane]!]));
      }
    }
    await Promise.all(waits);
  }

  async commit(facilities: SeedValue[][], seeded: OutboxRow): Promise<void> {
    await Promise.all(
      (['participants', 'cards'] as const).map(async (lane) => {
        this.streams[lane]!.end();
        await Promise.race([once(this.streams[lane]!, 'finish'), this.failures[lane]!]);
        await this.rebuildIndexes[lane]!();
      }),
    );
    const { participants, cards } = this.clients;
    await insertRows(participants, this.schema, 'facilities', facilities);
    await insertOutbox(participants, this.schema, seeded);
    await Promise.all([participants.query('COMMIT'), cards.query('COMMIT')]);
    // Fresh statistics, so the first lookups after a bulk load get sensible plans.
    await participants.query(`ANALYZE ${qualified(this.schema, 'participants')}`);
    await cards.query(`ANALYZE ${qualified(this.schema, 'cards')}`);
    await Promise.all([participants.end(), cards.end()]);
  }

  async abort(): Promise<void> {
    // Closing a connection rolls back its transaction, mid-COPY included; the old contents stay.
    await Promise.all(Object.values(this.clients).map((client) => client.end().catch(() => undefined)));
  }

  private open(lane: Lane): void {
    const columns = SEED_COLUMNS[lane].map((c) => `"${c}"`).join(', ');
    const sql = `COPY ${qualified(this.schema, lane)} (${columns}) FROM STDIN WITH (FORMAT text, FREEZE)`;
    const stream = this.clients[lane].query(copyFrom(sql, { highWaterMark: HIGH_WATER_MARK }));
    this.streams[lane] = stream;
    this.failures[lane] = new Promise<never>((_, reject) => stream.once('error', reject));
    this.failures[lane].catch(() => undefined); // observed through the races above
  }
}
