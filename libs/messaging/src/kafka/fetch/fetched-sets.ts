import type { ConsumedRecord } from '../../envelope/wire-message';
import type { RecordSetReader } from './record-batches';

/** Records decoded at a time while a batch is read: few enough that they die before the next scavenge. */
const SLICE_RECORDS = 256;

interface QueuedSet {
  readonly reader: RecordSetReader;
  readonly bytes: number;
}

/** A batch of fetched records [from, nextOffset), read one of two ways (and only once). */
export interface FetchedBatch {
  readonly nextOffset: number;
  /** Decoded a slice at a time as they are read: the handler must read them all. */
  slices(): Iterable<ConsumedRecord[]>;
  /**
   * Undecoded, at once: the raw Kafka record batches holding the records (see RecordSetReader.takeUpTo), for a
   * reader in another thread that starts at `from` and stops at `nextOffset`.
   */
  take(): Buffer[];
}

/** A queued set's share of a batch: its records up to `until`. */
interface Part {
  readonly set: QueuedSet;
  readonly until: number;
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

  /** Whether the queued records start at `offset` (every record before it has been taken or read). */
  startsAt(offset: number): boolean {
    return this.sets[0]?.reader.offset === offset;
  }

  add(reader: RecordSetReader, bytes: number): void {
    this.sets.push({ reader, bytes });
    this.queued += bytes;
  }

  clear(): void {
    this.sets.length = 0;
    this.queued = 0;
  }

  /** The next batch starting at `from`: at most `maxOffsets` offsets of the queued sets. */
  next(from: number, maxOffsets: number): FetchedBatch {
    // a batch is [from, nextOffset): queued records starting anywhere else would skip or repeat records
    const start = this.sets[0]?.reader.offset;
    if (start !== undefined && start !== from)
      throw new Error(`the fetched records start at offset ${start}, not at the batch's ${from}`);
    const { parts, nextOffset } = this.extent(from, maxOffsets);
    return { nextOffset, slices: () => this.slices(parts), take: () => this.take(parts) };
  }

  private take(parts: readonly Part[]): Buffer[] {
    const batches: Buffer[] = [];
    for (const { set, until } of parts) {
      batches.push(...set.reader.takeUpTo(until));
      this.dropIfRead(set);
    }
    return batches;
  }

  private extent(from: number, maxOffsets: number): { parts: Part[]; nextOffset: number } {
    const parts: Part[] = [];
    let left = maxOffsets;
    let nextOffset = from;
    for (const set of this.sets) {
      if (left <= 0) break;
      const until = Math.min(set.reader.offset + left, set.reader.nextOffset);
      parts.push({ set, until });
      left -= until - set.reader.offset;
      nextOffset = until;
    }
    return { parts, nextOffset };
  }

  private *slices(parts: readonly Part[]): Generator<ConsumedRecord[]> {
    for (const { set, until } of parts) {
      while (set.reader.offset < until) {
        const slice = set.reader.readUpTo(until, SLICE_RECORDS);
        if (slice.length > 0) yield slice;
      }
      this.dropIfRead(set);
    }
  }

  private dropIfRead(set: QueuedSet): void {
    if (set.reader.offset >= set.reader.nextOffset && this.sets[0] === set) {
      this.sets.shift();
      this.queued -= set.bytes;
      this.onDrained();
    }
  }
}
