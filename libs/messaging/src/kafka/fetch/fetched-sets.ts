import type { ConsumedRecord } from '../../envelope/wire-message';
import type { FrameLease } from './frame-pool';
import type { RecordSetReader } from './record-batches';

/** Records decoded at a time while a batch is read: few enough that they die before the next scavenge. */
const SLICE_RECORDS = 256;

interface QueuedSet {
  readonly reader: RecordSetReader;
  readonly bytes: number;
  /** The fetch response the set is a view of, when that response may be reused once the set is copied out. */
  readonly lease?: FrameLease;
}

/** A batch of fetched records [from, nextOffset), read one of two ways (and only once). */
export interface FetchedBatch {
  readonly nextOffset: number;
  /** Decoded a slice at a time as they are read: the handler must read them all. */
  slices(): Iterable<ConsumedRecord[]>;
  /**
   * Undecoded, at once: the raw Kafka record batches holding the records (see RecordSetReader.takeUpTo), for a
   * reader in another thread that starts at `from` and stops at `nextOffset`. They are views of the fetch response,
   * valid only while `copy` runs: it must copy what it needs (the response may be reused after).
   */
  takeInto<T>(copy: (batches: readonly Buffer[]) => T): T;
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

  add(reader: RecordSetReader, bytes: number, lease?: FrameLease): void {
    this.sets.push({ reader, bytes, lease });
    lease?.add();
    this.queued += bytes;
  }

  clear(): void {
    // dropped unread: their responses are left to the garbage collector
    for (const set of this.sets) set.lease?.spoil();
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
    return {
      nextOffset,
      slices: () => this.slices(parts),
      takeInto: (copy) => this.takeInto(parts, copy),
    };
  }

  private takeInto<T>(parts: readonly Part[], copy: (batches: readonly Buffer[]) => T): T {
    const batches: Buffer[] = [];
    const copiedOut: QueuedSet[] = [];
    for (const { set, until } of parts) {
      batches.push(...set.reader.takeUpTo(until));
      if (this.dropIfRead(set)) copiedOut.push(set);
    }
    const result = copy(batches);
    // only now is nothing left reading the sets taken whole
    for (const set of copiedOut) set.lease?.copied();
    return result;
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
      // its records are views of the response, and a handler may keep some (dead letters): never reused
      set.lease?.spoil();
      while (set.reader.offset < until) {
        const slice = set.reader.readUpTo(until, SLICE_RECORDS);
        if (slice.length > 0) yield slice;
      }
      this.dropIfRead(set);
    }
  }

  /** Drops the set once it has been read through; true when it did. */
  private dropIfRead(set: QueuedSet): boolean {
    if (set.reader.offset < set.reader.nextOffset || this.sets[0] !== set) return false;
    this.sets.shift();
    this.queued -= set.bytes;
    this.onDrained();
    return true;
  }
}
