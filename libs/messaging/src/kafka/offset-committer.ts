import { Logger } from '@nestjs/common';

/** A position to store in Kafka: the offset of the next record to read. */
export interface PartitionPosition {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

export interface OffsetCommitterOptions {
  /** A handled record waits at most this long before its position is committed. */
  readonly intervalMs: number;
  /** Commit at once when this many handled records wait (a crash then redelivers little). */
  readonly maxPending: number;
}

const logger = new Logger('EventBus');

/**
 * Gathers the positions a consumer has handled and commits them together: one OffsetCommit for every partition
 * every `intervalMs`, instead of one per partition batch. On a busy bus a batch is a record or two, so committing
 * each cost a round trip to the broker (and an append to its offsets log) per event. The handlers are idempotent,
 * so a position still waiting when the process dies only means its records are delivered again.
 */
export class OffsetCommitter {
  private pending = new Map<string, PartitionPosition>();
  private waitingRecords = 0;
  private timer: NodeJS.Timeout | undefined;
  private committing: Promise<void> = Promise.resolve();

  constructor(
    private readonly commit: (positions: PartitionPosition[]) => Promise<void>,
    private readonly options: OffsetCommitterOptions,
  ) {}

  /** The partition's records before `nextOffset` have been handled (`records` of them since the last call). */
  reached(topic: string, partition: number, nextOffset: string, records = 1): Promise<void> {
    this.pending.set(`${topic}\u0000${partition}`, { topic, partition, offset: nextOffset });
    this.waitingRecords += records;
    if (this.waitingRecords >= this.options.maxPending) return this.flush();
    this.timer ??= setTimeout(() => void this.flush(), this.options.intervalMs);
    return Promise.resolve();
  }

  /**
   * Commits what waits (after any commit already under way, so positions never go back). A failed commit is
   * logged, not thrown: it leaves records to be delivered again, which the idempotent handlers absorb.
   */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size > 0) {
      const positions = [...this.pending.values()];
      this.pending = new Map();
      this.waitingRecords = 0;
      this.committing = this.committing.then(() =>
        this.commit(positions).catch((error: unknown) =>
          logger.warn(`offsets not committed (their records will be delivered again): ${String(error)}`),
        ),
      );
    }
    return this.committing;
  }
}
