/** A state-carrying fact the projection keeps whole (not summed): latest-by-business-time decides. */
export interface SnapshotFact {
  readonly kind: 'bhyt-registry' | 'ssa-beneficiaries' | 'eid-target';
  readonly province: string;
  /** The business day the snapshot describes (a seed's referenceDate, a target's day). */
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

/**
 * What one batch adds to the store, aggregated in memory so each key is written once: summed counters per
 * (province, commune, day, metric), facility history, snapshots and the days each facility looked cards up.
 */
export class BatchDelta {
  readonly counters = new Map<string, number>();
  readonly facilityChanges: FacilityChange[] = [];
  readonly snapshots: SnapshotFact[] = [];
  readonly lookupFacilityDays = new Set<string>();

  add(province: string, commune: string, day: string, metric: string, value = 1): void {
    if (value === 0) return;
    const key = `${province}|${commune}|${day}|${metric}`;
    this.counters.set(key, (this.counters.get(key) ?? 0) + value);
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
    for (const [key, value] of this.counters) {
      const first = key.indexOf('|');
      const second = key.indexOf('|', first + 1);
      const third = key.indexOf('|', second + 1);
      columns.province.push(key.slice(0, first));
      columns.commune.push(key.slice(first + 1, second));
      columns.day.push(key.slice(second + 1, third));
      columns.metric.push(key.slice(third + 1));
      columns.value.push(String(value));
    }
    return columns;
  }

  get empty(): boolean {
    return (
      this.counters.size === 0 &&
      this.facilityChanges.length === 0 &&
      this.snapshots.length === 0 &&
      this.lookupFacilityDays.size === 0
    );
  }
}
