import type { BatchDelta } from '../ingest/batch-delta';
import type { WindowBlock } from './dedupe-window.store';
import { eventIdKey } from './event-id';

/** A batch to store: where it starts and ends in its partition, what it added, and its recent-id window block. */
export interface BatchWrite {
  readonly group: string;
  readonly topic: string;
  readonly partition: number;
  readonly fromOffset: string;
  readonly nextOffset: string;
  readonly delta: BatchDelta;
  readonly block: WindowBlock | undefined;
  /** Window rows ending before this offset are dropped (the window's new start). */
  readonly windowStart: number;
}

/** Runs one statement on a connection of the caller's choosing. */
export type Query = (sql: string, parameters: unknown[]) => Promise<{ moved: number }[]>;

/**
 * Stores a batch in ONE statement (atomic on its own, one round trip): the partition's position moves from
 * `fromOffset` to `nextOffset`, and only if it did, the counters (each key once, written to the partition's shard),
 * facility history, snapshots, lookup days and the window block are written and expired window rows dropped.
 * False when the stored position was not `fromOffset` (another member, or an earlier try, moved it): then nothing
 * was written.
 */
export async function writeBatch(query: Query, schema: string, batch: BatchWrite): Promise<boolean> {
  const q = (table: string): string => `"${schema}"."${table}"`;
  const { delta, block } = batch;
  const c = delta.counterColumns();
  const f = delta.facilityChanges;
  const s = delta.snapshots;
  // in one order for every batch: two partitions' batches inserting the same facility-days in different orders
  // deadlocked (PostgreSQL then aborts one, and the partition reads its batch again)
  const l = [...delta.lookupFacilityDays].sort().map((key) => key.split('|'));
  const moved = 'WHERE EXISTS (SELECT 1 FROM moved)';
  const rows = await query(
    `WITH moved AS (INSERT INTO ${q('consumer_offsets')} AS o ` +
      '(consumer_group, topic, partition, next_offset, updated_at) VALUES ($1, $2, $3, $4, now()) ' +
      'ON CONFLICT (consumer_group, topic, partition) DO UPDATE ' +
      'SET next_offset = EXCLUDED.next_offset, updated_at = EXCLUDED.updated_at WHERE o.next_offset = $5 RETURNING 1), ' +
      `counters AS (INSERT INTO ${q('metric_daily')} AS t (province, commune, day, metric, value, shard) ` +
      `SELECT c.*, $3::smallint FROM unnest($6::varchar[], $7::varchar[], $8::date[], $9::varchar[], $10::bigint[]) ` +
      `AS c ${moved} ON CONFLICT (province, commune, day, metric, shard) DO UPDATE SET value = t.value + EXCLUDED.value), ` +
      `facilities AS (INSERT INTO ${q('facility_changes')} ` +
      '(event_id, facility_code, province, day, occurred_at, accepts_id_card, created) ' +
      'SELECT f.* FROM unnest($11::uuid[], $12::varchar[], $13::varchar[], $14::date[], $15::timestamptz[], ' +
      `$16::boolean[], $17::boolean[]) AS f ${moved} ON CONFLICT DO NOTHING), ` +
      `snapshots AS (INSERT INTO ${q('snapshots')} (event_id, kind, province, effective_day, occurred_at, payload) ` +
      'SELECT s.* FROM unnest($18::uuid[], $19::varchar[], $20::varchar[], $21::date[], $22::timestamptz[], ' +
      `$23::jsonb[]) AS s ${moved} ON CONFLICT DO NOTHING), ` +
      `lookups AS (INSERT INTO ${q('facility_lookup_days')} (province, facility_code, day) ` +
      `SELECT d.* FROM unnest($24::varchar[], $25::varchar[], $26::date[]) AS d ${moved} ORDER BY 1, 2, 3 ` +
      'ON CONFLICT DO NOTHING), ' +
      `expired AS (DELETE FROM ${q('dedupe_window')} WHERE consumer_group = $1 AND topic = $2 AND partition = $3 ` +
      'AND last_offset < $27 AND EXISTS (SELECT 1 FROM moved)), ' +
      `block AS (INSERT INTO ${q('dedupe_window')} ` +
      '(consumer_group, topic, partition, first_offset, last_offset, entries) ' +
      'SELECT $1, $2, $3, $28, $29, $30::bytea WHERE $30::bytea IS NOT NULL AND EXISTS (SELECT 1 FROM moved)) ' +
      'SELECT count(*)::int AS moved FROM moved',
    [
      batch.group,
      batch.topic,
      batch.partition,
      batch.nextOffset,
      batch.fromOffset,
      c.province,
      c.commune,
      c.day,
      c.metric,
      c.value,
      f.map((x) => eventIdKey(x.eventId)),
      f.map((x) => x.facilityCode),
      f.map((x) => x.province),
      f.map((x) => x.day),
      f.map((x) => x.occurredAt),
      f.map((x) => x.acceptsIdCard),
      f.map((x) => x.created),
      s.map((x) => eventIdKey(x.eventId)),
      s.map((x) => x.kind),
      s.map((x) => x.province),
      s.map((x) => x.effectiveDay),
      s.map((x) => x.occurredAt),
      s.map((x) => JSON.stringify(x.payload)),
      l.map((r) => r[0]),
      l.map((r) => r[1]),
      l.map((r) => r[2]),
      batch.windowStart,
      block?.first ?? null,
      block?.last ?? null,
      block?.entries ?? null,
    ],
  );
  return rows[0]?.moved === 1;
}
