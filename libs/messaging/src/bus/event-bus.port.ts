import type { CloudEvent } from 'cloudevents';
import type { EventContract } from '../catalog/event-catalog';
import type { NewEvent } from '../envelope/envelope-factory';
import type { EventKeys } from './event-keys';
import type { RetryPolicy } from './retry-policy';

/** One event handed to a handler, with where it came from. */
export interface DeliveredEvent<T = unknown> {
  readonly event: CloudEvent<T>;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  /** 1 on first delivery, more on redelivery after a failure. */
  readonly attempt: number;
}

export type EventHandler = (delivered: DeliveredEvent) => Promise<void>;

/** Per-event consumption in a consumer group: the bus commits after the handler succeeds. */
export interface Subscription {
  readonly group: string;
  readonly topics: readonly string[];
  readonly handler: EventHandler;
  readonly retry?: Partial<RetryPolicy>;
  /** Where a group with no committed offset starts; default true (a new service sees the whole history). */
  readonly fromBeginning?: boolean;
  /**
   * The event types the handler wants. Records of other types on the same topics are passed over (their offsets
   * committed) without being decoded, checked or traced; a record whose type its headers do not tell (structured
   * mode) is decoded as usual. Default: every type.
   */
  readonly types?: readonly string[];
}

/** Where a batch of one partition starts and ends (dead-lettered records included). */
export interface BatchPosition {
  readonly topic: string;
  readonly partition: number;
  /**
   * The position this batch starts from (the one the consumer loaded or last stored): a consumer that stores its
   * own positions stores `nextOffset` only while its stored position is still this one, so a stale member (after a
   * rebalance) or a retried batch never applies twice.
   */
  readonly fromOffset: string;
  /** Offset of the first record after this batch: what the consumer stores as its position. */
  readonly nextOffset: string;
}

/**
 * One batch being handled: the bus feeds it the batch's valid events slice by slice (each slice's records decoded
 * just before, so a large batch never has all its events alive at once), dead-letters the invalid records, then
 * commits it. Anything thrown or rejected drops the batch: it is read again from the stored position.
 */
export interface BatchSink {
  /** The next valid events of the batch, in offset order; called synchronously, any number of times. */
  add(events: readonly DeliveredEvent[]): void;
  /** Stores what the batch added together with its position `nextOffset` (see BatchPosition.fromOffset). */
  commit(): Promise<void>;
}

/** Positions owned by the consumer itself (stored with its state, in the same transaction). */
export interface OffsetStore {
  /** Next offset to read for the partition, or undefined to start from its beginning. */
  load(group: string, topic: string, partition: number): Promise<string | undefined>;
}

/** Batch consumption whose positions live in the consumer's own store: the basis of exactly-once counting. */
export interface BatchSubscription {
  readonly group: string;
  readonly topics: readonly string[];
  /** Opens the next batch of a partition (see BatchSink). */
  readonly openBatch: (position: BatchPosition) => BatchSink;
  readonly offsets: OffsetStore;
  readonly maxBatchSize?: number;
  /**
   * Lets records gather before they are read: a read waits until `minBytes` are there or `maxWaitMs` passed
   * (Kafka's fetch.min.bytes and fetch.max.wait.ms; the in-memory bus delivers at once). For a consumer whose
   * readers can wait that long: fewer, larger batches, so fewer writes of the same rows. Default: at once.
   */
  readonly gather?: { readonly minBytes: number; readonly maxWaitMs: number };
}

/**
 * What a reducer sees of a valid event: the CloudEvent attributes a summary may depend on and the checked data.
 * A CloudEvent is one; a worker thread hands lighter objects read straight from the record's bytes.
 */
export interface ReducibleEvent {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  /** RFC 3339 in UTC, as CloudEvent#time gives it. */
  readonly time?: string;
  readonly data?: unknown;
}

/**
 * Turns a batch's valid events into a summary R (structured-cloneable: plain objects, arrays, Maps, Sets), added to
 * `into` when given. Pure: a worker thread may run it on events the subscribing thread never sees.
 */
export interface EventReducer<R> {
  /** The contracts a worker thread checks the records against (its own catalog). */
  readonly contracts: Iterable<EventContract>;
  /** In a worker the events are views of the batch's bytes, which go back to the pool after it: keep no event. */
  reduce(events: readonly ReducibleEvent[], into: R | undefined): R;
}

/**
 * One batch of a reduced subscription. The bus screens the keys of its valid events' ids (in offset order, possibly
 * in several calls), reduces the events the batch keeps, adds the summary, dead-letters the invalid records, then
 * commits. Anything thrown or rejected drops the batch: it is read again from the stored position. A partition's
 * next batch may be opened and reduced while this one commits; it is screened, added and committed only after.
 */
export interface ReducedBatch<R> {
  /** The keys of the next valid events' ids (see writeEventKey) and offsets: the indexes of those to drop. */
  screen(keys: EventKeys): readonly number[];
  /** The reduction of every event kept so far, once (a batch with no event kept gets none). */
  add(reduced: R): void;
  commit(): Promise<void>;
}

/**
 * Batch consumption (positions in the consumer's own store, see BatchSubscription) whose per-event work — decoding,
 * the contract check and a reduction of the events — can run in worker threads: on Kafka, `threads` workers load
 * `reducerModule` (which exports the same reducer as `eventReducer`) and the subscribing thread only screens ids
 * and stores summaries. With no threads the reducer runs in the subscribing thread.
 */
export interface ReducedBatchSubscription<R> {
  readonly group: string;
  readonly topics: readonly string[];
  readonly offsets: OffsetStore;
  readonly maxBatchSize?: number;
  /** See BatchSubscription.gather. */
  readonly gather?: BatchSubscription['gather'];
  readonly reducer: EventReducer<R>;
  /** Absolute path of a module exporting `reducer` as `eventReducer`, for worker threads. */
  readonly reducerModule: string;
  /** Worker threads (Kafka only); default 0: the subscribing thread does the work. */
  readonly threads?: number;
  /**
   * Batches of fewer records stay in the subscribing thread even with threads (default 1 000): handing a few events
   * over costs more than it saves, so a consumer that keeps up leaves the workers idle (they start with the
   * subscription, ready for the large batches of a catch-up or a replay).
   */
  readonly offloadAtLeast?: number;
  readonly openBatch: (position: BatchPosition) => ReducedBatch<R>;
}

export interface SubscriptionHandle {
  /** Stops consuming; what was handled is committed, what was not is redelivered to the group later. */
  stop(): Promise<void>;
}

/** The event-bus port: services publish and subscribe without knowing the broker. */
export interface EventBus {
  /** Validates, envelopes and publishes; resolves when the broker has the events. */
  publish(events: readonly NewEvent[]): Promise<CloudEvent<unknown>[]>;
  /** Publishes events already enveloped (the outbox relay's path). */
  publishEnvelopes(events: readonly CloudEvent<unknown>[]): Promise<void>;
  subscribe(subscription: Subscription): Promise<SubscriptionHandle>;
  subscribeBatch(subscription: BatchSubscription): Promise<SubscriptionHandle>;
  subscribeReduced<R>(subscription: ReducedBatchSubscription<R>): Promise<SubscriptionHandle>;
  /** True while the broker answers (readiness). */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

export const EVENT_BUS = Symbol('EVENT_BUS');
