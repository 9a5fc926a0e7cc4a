import { EVENT_KEY_BYTES, EventKeyList, type EventKeys } from '@d06/messaging';
import { KeyOffsetTable } from './key-offset-table';

/** Read once: under the CommonJS transform an imported binding is a getter call at every use (hot loops). */
const KEY_BYTES = EVENT_KEY_BYTES;

/**
 * The ids a partition carried in its last `size` offsets, for recognising a re-published duplicate (the same
 * CloudEvents id sent again by a producer's retry, the outbox relay after a crash, or the bus-duplicate fault).
 *
 * Why it is correct: offsets stored in the same transaction as the counts already make redelivery exactly-once;
 * what is left is the same event at a *new* offset. Keys decide partitions, so a re-published event lands on the
 * partition of its original. An event at offset o is a duplicate iff its id was seen at an offset in [o − size, o)
 * of that partition — a rule that depends only on the log, not on batching, timing or restarts. The window is
 * persisted with the counts and positions it produced (dedupe-window.store.ts; PositionLoads reads it back), so
 * after a crash it is exactly the window that belongs to the stored position, and replaying the topics into an
 * empty store decides every event the same way: identical figures.
 *
 * Its bound: a copy arriving more than `size` records after the previous copy on its partition is counted again,
 * and a copy on another partition (the topic re-partitioned, or a different key) is not recognised. Ids are held as
 * their 16-byte keys (see writeEventKey) in typed arrays, `size` per busy partition at most (about 70 bytes each
 * with the expiry queue); the store holds 20 bytes per id in a few rows.
 */
export class RecentIdWindow {
  private readonly lastSeen: KeyOffsetTable;
  /** Sightings in offset order, for expiry: the committed batches' own lists (before `head` of the first: gone). */
  private readonly queued: EventKeys[] = [];
  private head = 0;

  constructor(readonly size: number) {
    this.lastSeen = new KeyOffsetTable(Math.min(size, 1 << 20));
  }

  get held(): number {
    return this.lastSeen.size;
  }

  /** Starts screening a batch against the window (see WindowBatch). */
  begin(): WindowBatch {
    return new WindowBatch(this, this.lastSeen);
  }

  /**
   * Takes in ids known to have been carried at their offsets, oldest first (a committed batch's sightings, or the
   * stored rows of a restore), and moves to `position`.
   */
  takeIn(sightings: EventKeys, position: number): void {
    for (let i = 0; i < sightings.count; i++)
      this.lastSeen.put(sightings.bytes, i * KEY_BYTES, sightings.offsets[i]);
    this.queue(sightings);
    this.expire(position);
  }

  /** Appends sightings already recorded in `lastSeen` to the expiry queue (offset order); they are kept as given. */
  queue(sightings: EventKeys): void {
    if (sightings.count > 0) this.queued.push(sightings);
  }

  /** Forgets the ids seen before `position − size`, once the partition's position is `position`. */
  expire(position: number): void {
    const oldest = position - this.size;
    while (this.queued.length > 0) {
      const { bytes, offsets, count } = this.queued[0];
      while (this.head < count && offsets[this.head] < oldest) {
        this.lastSeen.deleteIf(bytes, this.head * KEY_BYTES, offsets[this.head]);
        this.head++;
      }
      if (this.head < count) return;
      this.queued.shift();
      this.head = 0;
    }
  }
}

/**
 * One batch screened against a window, in offset order. Sightings go straight into the window (the latest one
 * counts, the batch's own earlier ids included); `commit` then queues them for expiry, and `undo` takes them back
 * out when the batch failed to commit, leaving the window exactly as it was.
 */
export class WindowBatch {
  /** Every sighting of the batch, in offset order: what its commit stores. */
  readonly sightings = new EventKeyList();
  /** The offset each sighting's key had before it (-1: none), for undo. */
  private readonly previous: number[] = [];

  constructor(
    private readonly window: RecentIdWindow,
    private readonly lastSeen: KeyOffsetTable,
  ) {}

  /** Screens the next keys of the batch: the indexes of those that repeat an id of the previous `size` offsets. */
  screen(keys: EventKeys): number[] {
    const duplicates: number[] = [];
    for (let i = 0; i < keys.count; i++)
      if (this.isDuplicate(keys.bytes, i * KEY_BYTES, keys.offsets[i])) duplicates.push(i);
    return duplicates;
  }

  /** Whether the id key at `at` of `keys`, carried at `offset`, repeats one of the previous `size` offsets. */
  isDuplicate(keys: Uint8Array, at: number, offset: number): boolean {
    const previous = this.lastSeen.put(keys, at, offset);
    this.sightings.addKey(keys, at, offset);
    this.previous.push(previous);
    return previous >= 0 && previous >= offset - this.window.size;
  }

  /** The batch committed: its sightings stay, and the window moves to `position`. */
  commit(position: number): void {
    this.window.queue(this.sightings);
    this.window.expire(position);
  }

  /** The batch did not commit: the window forgets its sightings, newest first. */
  undo(): void {
    const { bytes } = this.sightings;
    for (let i = this.sightings.count - 1; i >= 0; i--) {
      const previous = this.previous[i];
      if (previous < 0) this.lastSeen.delete(bytes, i * KEY_BYTES);
      else this.lastSeen.put(bytes, i * KEY_BYTES, previous);
    }
  }
}
