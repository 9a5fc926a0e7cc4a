import type { DeadLetterReason } from '../../bus/dead-letter';
import type { EventKeys } from '../../bus/event-keys';
import type { ConsumedRecord } from '../../envelope/wire-message';

/** A batch of one partition for a worker: its raw Kafka record batches, read from `from` up to `until`. */
export interface BatchTask {
  readonly kind: 'batch';
  readonly id: number;
  /** Logical topic name, as records carry it. */
  readonly topic: string;
  readonly partition: number;
  readonly from: number;
  readonly until: number;
  readonly bytes: Uint8Array;
}

/** After a batch's answer: reduce its events again without the dropped ones, or forget it. */
export interface FollowUp {
  readonly kind: 'again' | 'release';
  readonly id: number;
  /** Indexes into the answer's `keys` (again only). */
  readonly drop?: readonly number[];
}

export type ToWorker = BatchTask | FollowUp;

/** A record that failed its check, and why (dead-lettered by the subscribing thread). */
export interface RejectedRecord {
  readonly record: ConsumedRecord;
  readonly reason: DeadLetterReason;
}

/** What a worker found in a batch: its valid events' id keys and offsets, their reduction, the rejected records. */
export interface BatchAnswer<R> {
  readonly id: number;
  readonly keys: EventKeys;
  readonly rejected: RejectedRecord[];
  readonly summary?: R;
}

/** Sent once, when the worker has loaded its reducer. */
export interface WorkerReady {
  readonly ready: true;
}

/** A batch's bytes handed back once the worker is done with the batch, for the pool to fill with another. */
export interface WorkerRecycled {
  readonly recycled: ArrayBuffer;
}

export type FromWorker<R> =
  | BatchAnswer<R>
  | { readonly id: number; readonly again: true; readonly summary?: R }
  | { readonly id: number; readonly error: string };
