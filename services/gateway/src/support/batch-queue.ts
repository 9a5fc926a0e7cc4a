export interface BatchQueueOptions<T> {
  /** Most items handed to one `write`. */
  readonly maxBatch: number;
  /** Bound of the queue: past it, `push` makes its caller wait for room (backpressure), never drops. */
  readonly maxQueued: number;
  /**
   * How long a batch gathers items before it is written: batches start at least this far apart unless one is full
   * (0: as soon as the previous write is done — group commit). Larger batches cost the database less per item;
   * nobody waits on them (callers answer first).
   */
  readonly lingerMs?: number;
  /** Writes one batch; a rejection retries the same batch after a backoff. */
  readonly write: (items: T[]) => Promise<void>;
  readonly onError?: (error: unknown) => void;
}

/**
 * Batches items off the hot path: a caller's `push` costs an array append; one writer at a time takes up to
 * `maxBatch` items, so a batch grows with the load while the previous write is in flight (group commit). Nothing is
 * dropped: a failed write is retried with backoff, and a full queue slows producers down instead.
 */
export class BatchQueue<T> {
  private queue: T[] = [];
  private writing = false;
  private closed = false;
  private waiters: Array<() => void> = [];
  private idle: Array<() => void> = [];
  private backoffMs = 0;
  private lingering: NodeJS.Timeout | undefined;
  private pacing: { timer: NodeJS.Timeout; resolve: () => void } | undefined;
  private flushing = false;

  constructor(private readonly options: BatchQueueOptions<T>) {}

  get size(): number {
    return this.queue.length;
  }

  /** Queues an item; returns a promise only when the queue is full (await it before answering). */
  push(item: T): Promise<void> | undefined {
    if (this.closed) throw new Error('the queue is closed');
    this.queue.push(item);
    if (!this.writing) {
      this.writing = true;
      const linger = this.options.lingerMs ?? 0;
      if (linger > 0) this.lingering = setTimeout(this.startDrain, linger);
      else setImmediate(this.startDrain);
    } else if (this.queue.length >= this.options.maxBatch) {
      // a full batch does not wait
      if (this.lingering) {
        clearTimeout(this.lingering);
        this.startDrain();
      }
      this.stopPacing();
    }
    if (this.queue.length < this.options.maxQueued) return undefined;
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Resolves once everything queued so far is written (a lingering batch is written now). */
  async flush(): Promise<void> {
    if (!this.writing && this.queue.length === 0) return;
    this.flushing = true;
    if (this.lingering) {
      clearTimeout(this.lingering);
      this.startDrain();
    }
    this.stopPacing();
    await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  /** Writes what is queued, then refuses more. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
  }

  private readonly startDrain = (): void => {
    this.lingering = undefined;
    void this.drain();
  };

  private async drain(): Promise<void> {
    let startedAt = 0;
    while (this.queue.length > 0) {
      const wait = (this.options.lingerMs ?? 0) - (Date.now() - startedAt);
      if (wait > 0 && !this.flushing && this.queue.length < this.options.maxBatch) await this.pace(wait);
      startedAt = Date.now();
      const batch =
        this.queue.length <= this.options.maxBatch ? this.queue : this.queue.slice(0, this.options.maxBatch);
      this.queue = batch === this.queue ? [] : this.queue.slice(batch.length);
      for (;;) {
        try {
          await this.options.write(batch);
          this.backoffMs = 0;
          break;
        } catch (error) {
          this.options.onError?.(error);
          this.backoffMs = Math.min(Math.max(this.backoffMs * 2, 50), 2_000);
          await new Promise((resolve) => setTimeout(resolve, this.backoffMs));
        }
      }
      this.release();
    }
    this.writing = false;
    this.flushing = false;
    const idle = this.idle;
    this.idle = [];
    for (const resolve of idle) resolve();
  }

  private pace(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      this.pacing = { timer: setTimeout(() => this.stopPacing(), ms), resolve };
    });
  }

  private stopPacing(): void {
    const pacing = this.pacing;
    this.pacing = undefined;
    if (!pacing) return;
    clearTimeout(pacing.timer);
    pacing.resolve();
  }

  private release(): void {
    if (this.waiters.length === 0 || this.queue.length >= this.options.maxQueued) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
