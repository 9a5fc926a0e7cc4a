interface Pending<T> {
  readonly item: T;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export interface GroupCommitOptions<T> {
  /** Writes one batch durably (one transaction); throws when nothing of it was written. */
  readonly write: (items: readonly T[]) => Promise<void>;
  /** Most items per write. */
  readonly maxBatch: number;
  /** How long the first item of a batch waits for company; 0 writes as soon as the previous write ends. */
  readonly lingerMs: number;
}

/**
 * Group commit: callers hand in items one by one and each waits until the batch holding it is written. While a
 * write runs, new items gather, and the next write takes them all (up to `maxBatch`): under load the batches grow
 * and the writes per second stay flat; with no load an item is written at once. A failed write rejects exactly
 * the callers of that batch; nothing is dropped silently.
 */
export class GroupCommitBatcher<T> {
  private pending: Pending<T>[] = [];
  private running: Promise<void> | undefined;

  constructor(private readonly options: GroupCommitOptions<T>) {}

  /** Resolves once the item is written; rejects with the write's error if its batch failed. */
  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.running ??= this.drain();
    });
  }

  /** Resolves when everything handed in so far has been written (or has failed). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  get waiting(): number {
    return this.pending.length;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        if (this.options.lingerMs > 0 && this.pending.length < this.options.maxBatch) {
          await new Promise((resolve) => setTimeout(resolve, this.options.lingerMs));
        }
        const batch = this.pending.splice(0, this.options.maxBatch);
        try {
          await this.options.write(batch.map((p) => p.item));
          for (const p of batch) p.resolve();
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      this.running = undefined;
    }
  }
}
