/** A state-carrying fact the projection keeps whole (not summed): latest-by-business-time decides. */
export interface SnapshotFact {
  readonly kind: 'bhyt-registry' | 'ssa-beneficiaries' | 'eid-target';
  readonly province: string;
  /** The business day the snapshot describes (a seed's load day or earlier reference date, a target's day). */
  readonly effectiveDay: string;
  readonly occurredAt: string;
  readonly eventId: string;
  readonly payload: Record<string, unknown>;
}

/** One facility.updated, kept as history so facilities "as of" any day are exact whatever the delivery order. */
export interface FacilityChange {
  readonly facilityCode: string;
  readonly province: string;
  readonly occurredAt: string;
  readonly eventId: string;
  readonly day: string;
  readonly acceptsIdCard: boolean;
  readonly created: boolean;
}

/** A delta's content as plain data: what crosses from a worker thread (structured clone keeps Maps and Sets). */
export interface DeltaParts {
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly facilityChanges: readonly FacilityChange[];
  readonly snapshots: readonly SnapshotFact[];
  readonly lookupFacilityDays: ReadonlySet<string>;
}

/**
 * What one batch adds to the store, aggregated in memory so each key is written once: summed counters per
 * (province, commune, day, metric), facility history, snapshots and the days each facility looked cards up.
 */
export class BatchDelta implements DeltaParts {
  /** Counter sums by `province|commune|day`, then by metric: one key string per event, not per counter. */
  readonly cells = new Map<string, Map<string, number>>();
  readonly facilityChanges: FacilityChange[] = [];
  readonly snapshots: SnapshotFact[] = [];
  readonly lookupFacilityDays = new Set<string>();

  add(province: string, commune: string, day: string, metric: string, value = 1): void {
    this.cell(province, commune, day).add(metric, value);
  }

  /** The counters of one administrative unit and day, for adding several of one event's counters. */
  cell(province: string, commune: string, day: string): { add(metric: string, value?: number): void } {
    const key = `${province}|${commune}|${day}`;
    let sums = this.cells.get(key);
    if (!sums) this.cells.set(key, (sums = new Map<string, number>()));
    const metrics = sums;
    return {
      add: (metric, value = 1) => {
        if (value !== 0) metrics.set(metric, (metrics.get(metric) ?? 0) + value);
      },
    };
  }

  /** Adds another delta (a worker's reduction of part of the batch): sums add up, histories and days join. */
  merge(other: DeltaParts): void {
    for (const [cell, sums] of other.cells) {
      let mine = this.cells.get(cell);
      if (!mine) this.cells.set(cell, (mine = new Map<string, number>()));
      for (const [metric, value] of sums) mine.set(metric, (mine.get(metric) ?? 0) + value);
    }
    this.facilityChanges.push(...other.facilityChanges);
    this.snapshots.push(...other.snapshots);
    for (const day of other.lookupFacilityDays) this.lookupFacilityDays.add(day);
  }

  /** Every summed counter by `province|commune|day|metric`. */
  get counters(): Map<string, number> {
    const flat = new Map<string, number>();
    for (const [cell, sums] of this.cells)
      for (const [metric, value] of sums) flat.set(`${cell}|${metric}`, value);
    return flat;
  }

  /** Counter rows as parallel arrays, ready for one `unnest` upsert. */
  counterColumns(): {
    province: string[];
    commune: string[];
    day: string[];
    metric: string[];
    value: string[];
  } {
    const columns = {
      province: [] as string[],
      commune: [] as string[],
      day: [] as string[],
      metric: [] as string[],
      value: [] as string[],
    };
    for (const [cell, sums] of this.cells) {
      const [province, commune, day] = cell.split('|');
      for (const [metric, value] of sums) {
        if (value === 0) continue;
        columns.province.push(province);
        columns.commune.push(commune);
        columns.day.push(day);
        columns.metric.push(metric);
        columns.value.push(String(value));
      }
    }
    return columns;
  }

  get empty(): boolean {
    return (
      this.cells.size === 0 &&
      this.facilityChanges.length === 0 &&
      this.snapshots.length === 0 &&
      this.lookupFacilityDays.size === 0
    );
  }
}
