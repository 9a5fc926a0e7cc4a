import type { Admin } from 'kafkajs';
import type { FetchedBatch, FetchedSets } from './fetched-sets';

// The batch consumer's fetch session: its settings, what it keeps per partition, and what it needs from its owner.

/** How much the batch consumer fetches at a time and how far it reads ahead of what it has handled. */
export interface FetchTuning {
  readonly maxBytesPerPartition: number;
  readonly maxBytes: number;
  /** The broker answers a fetch once this many bytes are there, or after `maxWaitMs` (1: at once). */
  readonly minBytes: number;
  readonly maxWaitMs: number;
  /** A partition stops being fetched while this many fetched bytes wait to be handled. */
  readonly aheadBytesPerPartition: number;
}

export const DEFAULT_FETCH_TUNING: FetchTuning = {
  maxBytesPerPartition: 4 * 1024 * 1024,
  maxBytes: 16 * 1024 * 1024,
  minBytes: 1,
  maxWaitMs: 500,
  aheadBytesPerPartition: 8 * 1024 * 1024,
};

/** One assigned partition: where its handled records end, where fetching stands, and what waits in between. */
export interface AssignedPartition {
  /** Logical topic name (without the cluster prefix). */
  readonly topic: string;
  readonly physicalTopic: string;
  readonly partition: number;
}

export interface PartitionState extends AssignedPartition {
  /** Position stored with the consumer's state: the `fromOffset` of the next batch. */
  committed: number;
  /** Where the next batch to hand over starts (past the batches in flight). */
  handedTo: number;
  /** The partition's end (high watermark) when last fetched. */
  end: number;
  fetchAt: number;
  /** Fetched record sets not yet handled: raw bytes, decoded a slice at a time. */
  readonly fetched: FetchedSets;
  /** Bumped by a reset: answers to fetches sent before it are dropped. */
  epoch: number;
  /**
   * Its stored position is being (re)loaded after a failed batch: not fetched meanwhile, since `fetchAt` still
   * says where reading had got to, past the failed batch — a fetch from there would skip what lies between.
   */
  resetting: boolean;
  leader: number;
  wakeWorker?: () => void;
}

export interface FetchSessionDeps {
  readonly admin: Admin;
  readonly clientId: string;
  readonly tuning: FetchTuning;
  readonly maxBatchSize: number;
  /** The stored position of a partition (or its low watermark when nothing is stored). */
  readonly loadPosition: (partition: AssignedPartition) => Promise<number>;
  readonly lowWatermark: (partition: AssignedPartition) => Promise<number>;
  /**
   * Handles records [fromOffset, batch.nextOffset) of a partition, read one of the batch's two ways before the
   * handler's promise settles. It may start on the batch at once but must store nothing before `turn` resolves
   * (the partition's previous batch is stored), and must fail without storing when `turn` rejects. A rejection
   * makes the session reload and refetch.
   */
  readonly handle: (
    partition: AssignedPartition,
    batch: FetchedBatch,
    fromOffset: number,
    turn: Promise<void>,
  ) => Promise<void>;
  readonly onFetched?: (partition: AssignedPartition, highWatermark: number, position: number) => void;
}
