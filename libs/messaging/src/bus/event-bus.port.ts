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
}

/** The valid events of one partition's slice, plus the position after it (dead-lettered records included). */
export interface DeliveredBatch {
  readonly topic: string;
  readonly partition: number;
  readonly events: readonly DeliveredEvent[];
  /** Offset of the first record after this batch: what the consumer stores as its position. */
  readonly nextOffset: string;
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
  readonly handleBatch: (batch: DeliveredBatch) => Promise<void>;
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
