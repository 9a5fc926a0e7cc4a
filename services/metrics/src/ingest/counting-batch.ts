import type { BatchPosition, BatchSink, DeliveredEvent } from '@d06/messaging';
import { encodeBlock, type WindowBlock } from '../store/dedupe-window.store';
import { eventIdKey } from '../store/event-id';
import { BatchDelta } from './batch-delta';
import { projectEvent } from './event-projection';
import { ingestMetrics } from './ingest-metrics';
import type { RecentIdWindow, WindowBatch } from './recent-id-window';

/** Stores a batch in one transaction: its position move, its aggregates and its window block. */
export type BatchCommitter = (
  position: BatchPosition,
  delta: BatchDelta,
  block: WindowBlock | undefined,
) => Promise<void>;

/**
 * One batch of a partition being counted: each slice of events is screened against the partition's recent-id
 * window and projected into the batch's aggregates as it arrives, so only the aggregates wait for the commit. A
 * batch that fails to commit takes its sightings back out of the window, leaving it as it was.
 */
export class CountingBatch implements BatchSink {
  private readonly delta = new BatchDelta();
  private readonly screening: WindowBatch;
  private counted = 0;

  constructor(
    private readonly position: BatchPosition,
    window: RecentIdWindow,
    private readonly committer: BatchCommitter,
  ) {
    this.screening = window.begin();
  }

  add(events: readonly DeliveredEvent[]): void {
    for (const delivered of events) {
      if (this.screening.isDuplicate(eventIdKey(delivered.event.id), Number(delivered.offset))) continue;
      projectEvent(delivered.event, this.delta);
      this.counted++;
    }
  }

  async commit(): Promise<void> {
    try {
      await this.committer(this.position, this.delta, encodeBlock(this.screening));
    } catch (error) {
      this.screening.undo();
      throw error;
    }
    this.screening.commit(Number(this.position.nextOffset));
    ingestMetrics.counted.inc({ topic: this.position.topic }, this.counted);
    ingestMetrics.duplicates.inc({ topic: this.position.topic }, this.screening.keys.length - this.counted);
  }
}
