import type { EntityManager } from 'typeorm';
import { BatchDelta } from '../ingest/batch-delta';
import { projectEvent, type ProjectedEvent } from '../ingest/event-projection';
import { eventIdKey } from './event-id';

/** Schema-qualified table names of the store. */
export interface StoreTables {
  readonly schema: string;
}

/** What a batch did: events counted, and those skipped as already counted (same CloudEvents id). */
export interface WriteOutcome {
  readonly counted: number;
  readonly duplicates: number;
  readonly delta: BatchDelta;
}

/**
 * Writes a batch inside the caller's transaction: first remembers the ids (an id already there is a duplicate and
 * is not counted), then aggregates the new events in memory and writes each key once with one statement per table.
 */
export async function writeBatch(
  manager: EntityManager,
  schema: string,
  events: readonly ProjectedEvent[],
  shard = 0,
): Promise<WriteOutcome> {
  const byKey = new Map<string, ProjectedEvent>();
  for (const event of events) {
    const key = eventIdKey(event.id);
    if (!byKey.has(key)) byKey.set(key, event);
  }
  const delta = new BatchDelta();
  if (byKey.size === 0) return { counted: 0, duplicates: events.length, delta };
  const q = (table: string): string => `"${schema}"."${table}"`;
  const inserted = await manager.query<{ event_id: string }[]>(
    `INSERT INTO ${q('counted_events')} (event_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id`,
    [[...byKey.keys()]],
  );
  for (const row of inserted) projectEvent(byKey.get(row.event_id)!, delta);

  const c = delta.counterColumns();
  if (c.metric.length > 0) {
    await manager.query(
      `INSERT INTO ${q('metric_daily')} AS t (province, commune, day, metric, value, shard) ` +
        `SELECT *, $6::smallint FROM unnest($1::varchar[], $2::varchar[], $3::date[], $4::varchar[], $5::bigint[]) ` +
        `ON CONFLICT (province, commune, day, metric, shard) DO UPDATE SET value = t.value + EXCLUDED.value`,
      [c.province, c.commune, c.day, c.metric, c.value, shard],
    );
  }
  if (delta.facilityChanges.length > 0) {
    const f = delta.facilityChanges;
    await manager.query(
      `INSERT INTO ${q('facility_changes')} (event_id, facility_code, province, day, occurred_at, accepts_id_card, created) ` +
        `SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::date[], $5::timestamptz[], $6::boolean[], $7::boolean[]) ` +
        `ON CONFLICT DO NOTHING`,
      [
        f.map((x) => eventIdKey(x.eventId)),
        f.map((x) => x.facilityCode),
        f.map((x) => x.province),
        f.map((x) => x.day),
        f.map((x) => x.occurredAt),
        f.map((x) => x.acceptsIdCard),
        f.map((x) => x.created),
      ],
    );
  }
  for (const s of delta.snapshots) {
    await manager.query(
      `INSERT INTO ${q('snapshots')} (event_id, kind, province, effective_day, occurred_at, payload) ` +
        `VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [eventIdKey(s.eventId), s.kind, s.province, s.effectiveDay, s.occurredAt, JSON.stringify(s.payload)],
    );
  }
  if (delta.lookupFacilityDays.size > 0) {
    const rows = [...delta.lookupFacilityDays].map((key) => key.split('|'));
    await manager.query(
      `INSERT INTO ${q('facility_lookup_days')} (province, facility_code, day) ` +
        `SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::date[]) ON CONFLICT DO NOTHING`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    );
  }
  return { counted: inserted.length, duplicates: events.length - inserted.length, delta };
}
