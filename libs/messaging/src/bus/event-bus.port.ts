import type { CloudEvent } from 'cloudevents';
import type { NewEvent } from '../envelope/envelope-factory';
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
  /** True while the broker answers (readiness). */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

export const EVENT_BUS = Symbol('EVENT_BUS');
