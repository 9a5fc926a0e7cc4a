import { BEGINNING, type FigureReader, type Snapshot } from '../store/figure-reader';
import type { ReportPeriod } from './period';
import { TraceBook } from './trace-book';

export type Window = 'period' | 'previous';

/** A percentage rounded to two decimals (99.64 means 99,64%); null when the denominator is 0. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null;
}

/**
 * What the report sections read: sums of counters over the period or up to a day, snapshots and opening balances,
 * each read recorded in the trace under the figure it serves.
 */
export class FigureContext {
  readonly trace = new TraceBook();
  readonly notes: string[] = [];
  private readonly ranges = new Map<string, Promise<Map<string, number>>>();

  constructor(
    readonly reader: FigureReader,
    readonly province: string,
    readonly period: ReportPeriod,
    readonly opening: ReadonlyMap<string, number>,
    readonly commune?: string,
  ) {}

  sums(from: string, to: string): Promise<Map<string, number>> {
    const key = `${from}|${to}`;
    let sums = this.ranges.get(key);
    if (!sums) {
      sums = this.reader.sums(this.province, from, to, this.commune);
      this.ranges.set(key, sums);
    }
    return sums;
  }

  /** Sum of counters over [from, to], traced under path. */
  async count(path: string, counters: readonly string[], from: string, to: string): Promise<number> {
    const sums = await this.sums(from, to);
    let total = 0;
    for (const counter of counters) {
      const value = sums.get(counter) ?? 0;
      total += value;
      if (value !== 0) this.trace.events(path, counter, from, to, value);
    }
    return total;
  }

  /** Sum over the report period. */
  inPeriod(path: string, ...counters: string[]): Promise<number> {
    return this.count(path, counters, this.period.from, this.period.to);
  }

  /** Opening balance + sum of counters from the beginning to `to`. */
  async cumulative(path: string, counters: readonly string[], to: string): Promise<number> {
    return this.openingOf(path) + (await this.count(path, counters, BEGINNING, to));
  }

  openingOf(path: string): number {
    const value = this.opening.get(path);
    if (value === undefined) return 0;
    this.trace.add(path, { source: 'opening-balance', value });
    return value;
  }

  hasOpening(path: string): boolean {
    return this.opening.has(path);
  }

  /** The snapshot in force on `day` (province-level only). */
  async snapshot(kind: string, day: string): Promise<Snapshot | undefined> {
    if (this.commune !== undefined) return undefined;
    return this.reader.snapshot(kind, this.province, day);
  }

  /**
   * Snapshot value + events on or after its effective day up to `to` (+ opening balance): a seed's totals are the
   * base its later events build on; without a snapshot, all events count.
   */
  async fromSnapshot(
    path: string,
    kind: { name: string; eventType: string },
    field: string,
    value: (payload: Record<string, unknown>) => number,
    counters: readonly string[],
    to: string,
    counterSign: readonly number[] = counters.map(() => 1),
  ): Promise<number> {
    const snapshot = await this.snapshot(kind.name, to);
    const from = snapshot?.effectiveDay ?? BEGINNING;
    let total = this.openingOf(path);
    if (snapshot) {
      const base = value(snapshot.payload);
      total += base;
      this.trace.add(path, {
        source: 'snapshot',
        eventType: kind.eventType,
        field,
        effectiveDay: snapshot.effectiveDay,
        value: base,
      });
    }
    const sums = await this.sums(from, to);
    counters.forEach((counter, i) => {
      const v = sums.get(counter) ?? 0;
      if (v !== 0) this.trace.events(path, counter, from, to, counterSign[i] * v);
      total += counterSign[i] * v;
    });
    return total;
  }

  derived(path: string, formula: string): void {
    this.trace.add(path, { source: 'derived', formula });
  }
}
