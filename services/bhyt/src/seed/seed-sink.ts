import { quoteIdentifier } from '@d06/persistence';
import type { ClientBase } from 'pg';
import { SeedError } from './seed.errors';
import { SEED_COLUMNS, type SeedTable, type SeedValue } from './seed-tables';

/** One generated batch's rows. */
export interface SeedBatch {
  readonly participants: SeedValue[][];
  readonly cards: SeedValue[][];
}

/** An outbox row written with the seed: the registry.seeded event. */
export interface OutboxRow {
  readonly eventId: string;
  readonly type: string;
  readonly envelope: Record<string, unknown>;
}

/** Where a seed writes: COPY streams on PostgreSQL, batched INSERTs on the embedded database. */
export interface SeedSink {
  readonly mode: 'copy' | 'insert';
  /** Opens the transaction(s); refuses a registry with participants unless `replace`; empties the seeded tables. */
  begin(replace: boolean): Promise<void>;
  /** Takes a batch; resolves when it can take the next (backpressure). */
  write(batch: SeedBatch): Promise<void>;
  /** Adds the facilities and the seed's event, then commits everything. */
  commit(facilities: SeedValue[][], seeded: OutboxRow): Promise<void>;
  /** Rolls back whatever is open and releases the connections; never throws. */
  abort(): Promise<void>;
}

export function qualified(schema: string, table: string): string {
  return `${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
}

/**
 * Inside the caller's transaction: locks the participants table, refuses to go on if it holds anyone (unless
 * `replace`), and empties it and the facilities. The lock makes the check and the truncation one step.
 */
export async function claimRegistry(client: ClientBase, schema: string, replace: boolean): Promise<void> {
  const participants = qualified(schema, 'participants');
  await client.query(`LOCK TABLE ${participants} IN ACCESS EXCLUSIVE MODE`);
  const { rows } = await client.query<{ seeded: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ${participants}) AS seeded`,
  );
  if (rows[0].seeded && !replace) {
    throw new SeedError(
      'ALREADY_SEEDED',
      `schema "${schema}" already has participants; seed another schema or replace them (--replace)`,
    );
  }
  await client.query(`TRUNCATE ${participants}, ${qualified(schema, 'facilities')}`);
}

/** Bind parameters per statement, under PostgreSQL's limit of 65 535. */
const MAX_PARAMETERS = 30_000;

/** Multi-row INSERTs of `rows` into a seeded table, as many per statement as the parameter limit allows. */
export async function insertRows(
  client: ClientBase,
  schema: string,
  table: SeedTable,
  rows: readonly SeedValue[][],
): Promise<void> {
  const columns = SEED_COLUMNS[table];
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values = chunk
      .map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
      .join(', ');
    await client.query(
      `INSERT INTO ${qualified(schema, table)} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`,
      chunk.flat(),
    );
  }
}

export async function insertOutbox(client: ClientBase, schema: string, row: OutboxRow): Promise<void> {
  await client.query(
    `INSERT INTO ${qualified(schema, 'outbox')} (event_id, type, envelope) VALUES ($1, $2, $3)`,
    [row.eventId, row.type, JSON.stringify(row.envelope)],
  );
}
