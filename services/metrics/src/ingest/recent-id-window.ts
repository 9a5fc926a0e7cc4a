/** An event id (as its uuid key) at the offset where the partition carried it. */
export interface WindowEntry {
  readonly key: string;
  readonly offset: number;
}

/**
 * The ids a partition carried in its last `size` offsets, for recognising a re-published duplicate (the same
 * CloudEvents id sent again by a producer's retry, the outbox relay after a crash, or the bus-duplicate fault).
 *
 * Why it is correct: offsets stored in the same transaction as the counts already make redelivery exactly-once;
 * what is left is the same event at a *new* offset. Keys decide partitions, so a re-published event lands on the
 * partition of its original. An event at offset o is a duplicate iff its id was seen at an offset in [o − size, o)
 * of that partition — a rule that depends only on the log, not on batching, timing or restarts. The window is
 * persisted with the counts and positions it produced (see DedupeWindowStore), so after a crash it is exactly the
 * window that belongs to the stored position, and replaying the topics into an empty store decides every event
 * the same way: identical figures.
 *
 * Its bound: a copy arriving more than `size` records after the previous copy on its partition is counted again,
 * and a copy on another partition (the topic re-partitioned, or a different key) is not recognised. Memory is about
 * 100 bytes per id held, `size` ids per busy partition at most; the store holds 20 bytes per id in a few rows.
 */
export class RecentIdWindow {
  private readonly lastSeen = new Map<string, number>();
  private keys: string[] = [];
  private offsets: number[] = [];
  private head = 0;

  constructor(readonly size: number) {}

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
  takeIn(
    sightings: { readonly keys: readonly string[]; readonly offsets: readonly number[] },
    position: number,
  ): void {
    for (let i = 0; i < sightings.keys.length; i++)
      this.lastSeen.set(sightings.keys[i], sightings.offsets[i]);
    this.queue(sightings);
    this.expire(position);
  }

  /** Appends sightings already recorded in `lastSeen` to the expiry queue (offset order). */
  queue(sightings: { readonly keys: readonly string[]; readonly offsets: readonly number[] }): void {
    for (let i = 0; i < sightings.keys.length; i++) {
      this.keys.push(sightings.keys[i]);
      this.offsets.push(sightings.offsets[i]);
    }
  }

  /** Forgets the ids seen before `position − size`, once the partition's position is `position`. */
  expire(position: number): void {
    const oldest = position - this.size;
    while (this.head < this.offsets.length && this.offsets[this.head] < oldest) {
      const key = this.keys[this.head];
      if (this.lastSeen.get(key) === this.offsets[this.head]) this.lastSeen.delete(key);
      this.head++;
    }
    if (this.head > 4_096 && this.head * 2 > this.offsets.length) {
      this.keys = this.keys.slice(this.head);
      this.offsets = this.offsets.slice(this.head);
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
  readonly keys: string[] = [];
  readonly offsets: number[] = [];
  private readonly previous: (number | undefined)[] = [];

  constructor(
    private readonly window: RecentIdWindow,
    private readonly lastSeen: Map<string, number>,
  ) {}

  /** Whether the id at `offset` repeats one carried in the previous `size` offsets; records the sighting. */
  isDuplicate(key: string, offset: number): boolean {
    const previous = this.lastSeen.get(key);
    this.lastSeen.set(key, offset);
    this.keys.push(key);
    this.offsets.push(offset);
    this.previous.push(previous);
    return previous !== undefined && previous >= offset - this.window.size;
  }

  /** The batch committed: its sightings stay, and the window moves to `position`. */
  commit(position: number): void {
    this.window.queue(this);
    this.window.expire(position);
  }

  /** The batch did not commit: the window forgets its sightings, newest first. */
  undo(): void {
    for (let i = this.keys.length - 1; i >= 0; i--) {
      const previous = this.previous[i];
      if (previous === undefined) this.lastSeen.delete(this.keys[i]);
      else this.lastSeen.set(this.keys[i], previous);
    }
  }
}
