import { sourceOfMetric } from '../ingest/metric-names';

/** One contribution to a figure: counted events, a snapshot event's value, or an opening balance. */
export type TraceEntry =
  | {
      readonly source: 'events';
      readonly eventType: string;
      readonly counter: string;
      readonly from: string;
      readonly to: string;
      readonly value: number;
    }
  | {
      readonly source: 'snapshot';
      readonly eventType: string;
      readonly field: string;
      readonly effectiveDay: string;
      readonly value: number;
    }
  | { readonly source: 'opening-balance'; readonly value: number }
  | { readonly source: 'derived'; readonly formula: string };

/** Which events (types, counters, ranges, values) made each figure of a report, by the figure's JSON path. */
export class TraceBook {
  private readonly entries = new Map<string, TraceEntry[]>();

  add(path: string, entry: TraceEntry): void {
    const list = this.entries.get(path) ?? [];
    list.push(entry);
    this.entries.set(path, list);
  }

  events(path: string, counter: string, from: string, to: string, value: number): void {
    this.add(path, {
      source: 'events',
      eventType: sourceOfMetric(counter) ?? 'unknown',
      counter,
      from,
      to,
      value,
    });
  }

  toJSON(): Record<string, TraceEntry[]> {
    return Object.fromEntries([...this.entries].sort(([a], [b]) => a.localeCompare(b)));
  }
}
