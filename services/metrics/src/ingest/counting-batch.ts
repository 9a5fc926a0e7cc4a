import type { BatchPosition, EventKeys, ReducedBatch } from '@d06/messaging';
import { encodeBlock, type WindowBlock } from '../store/dedupe-window.store';
import { BatchDelta, type DeltaParts } from './batch-delta';
import { ingestMetrics } from './ingest-metrics';
import type { RecentIdWindow, WindowBatch } from './recent-id-window';

/** Stores a batch in one transaction: its position move, its aggregates and its window block. */
export type BatchCommitter = (
  position: BatchPosition,
  delta: BatchDelta,
  block: WindowBlock | undefined,
) => Promise<void>;

/**
 * One batch of a partition being counted: its events' ids are screened against the partition's recent-id window
 * (the duplicates are left out of the projection), the projection of the rest arrives as one delta, and the
 * commit stores it. A batch that fails to commit takes its sightings back out of the window, leaving it as it was.
 */
export class CountingBatch implements ReducedBatch<DeltaParts> {
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

  screen(keys: EventKeys): number[] {
    const duplicates = this.screening.screen(keys);
    this.counted += keys.count - duplicates.length;
    return duplicates;
  }

  add(reduced: DeltaParts): void {
    this.delta.merge(reduced);
  }

  async commit(): Promise<void> {
    try {
      await this.committer(this.position, this.delta, encodeBlock(this.screening.sightings));
    } catch (error) {
      this.screening.undo();
      throw error;
    }
    this.screening.commit(Number(this.position.nextOffset));
    ingestMetrics.counted.inc({ topic: this.position.topic }, this.counted);
    ingestMetrics.duplicates.inc(
      { topic: this.position.topic },
      this.screening.sightings.count - this.counted,
    );
  }
}
