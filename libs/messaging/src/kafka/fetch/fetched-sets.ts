import type { ConsumedRecord } from '../../envelope/wire-message';
import type { RecordSetReader } from './record-batches';

/** Records decoded at a time while a batch is read: few enough that they die before the next scavenge. */
const SLICE_RECORDS = 256;

interface QueuedSet {
  readonly reader: RecordSetReader;
  readonly bytes: number;
}

/**
 * A partition's fetched record sets waiting to be handled, as raw bytes: batches are planned over them by offset
 * and decoded a slice at a time while the handler reads them.
 */
export class FetchedSets {
  private readonly sets: QueuedSet[] = [];
  private queued = 0;

  /** Called when a set has been read through (there is room to fetch ahead again). */
  constructor(private readonly onDrained: () => void) {}

  get bytes(): number {
    return this.queued;
  }

  get empty(): boolean {
    return this.sets.length === 0;
  }

  add(reader: RecordSetReader, bytes: number): void {
    this.sets.push({ reader, bytes });
    this.queued += bytes;
  }

  clear(): void {
    this.sets.length = 0;
    this.queued = 0;
  }

  /**
   * The next batch starting at `from`: at most `maxOffsets` offsets of the queued sets, and where it ends. Its
   * slices are decoded as they are read; the handler must read them all.
   */
  plan(from: number, maxOffsets: number): { slices: Iterable<ConsumedRecord[]>; nextOffset: number } {
    const parts: { set: QueuedSet; until: number }[] = [];
    let left = maxOffsets;
    let nextOffset = from;
    for (const set of this.sets) {
      if (left <= 0) break;
      const until = Math.min(set.reader.offset + left, set.reader.nextOffset);
      parts.push({ set, until });
      left -= until - set.reader.offset;
      nextOffset = until;
    }
    return { slices: this.slices(parts), nextOffset };
  }

  private *slices(parts: readonly { set: QueuedSet; until: number }[]): Generator<ConsumedRecord[]> {
    for (const { set, until } of parts) {
      while (set.reader.offset < until) {
        const slice = set.reader.readUpTo(until, SLICE_RECORDS);
        if (slice.length > 0) yield slice;
      }
      if (set.reader.offset >= set.reader.nextOffset && this.sets[0] === set) {
        this.sets.shift();
        this.queued -= set.bytes;
        this.onDrained();
      }
    }
  }
}
