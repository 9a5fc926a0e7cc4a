import type { CloudEvent } from 'cloudevents';
import type { EventCatalog } from '../catalog/event-catalog';
import { encodeCloudEvent } from '../envelope/cloud-event.codec';
import type { EnvelopeFactory, NewEvent } from '../envelope/envelope-factory';
import type { WireMessage } from '../envelope/wire-message';
import { busMetrics } from './bus-metrics';
import { deadLetterTopicOf, type RawProducer } from './dead-letter';
import type {
  BatchSubscription,
  EventBus,
  ReducedBatchSubscription,
  Subscription,
  SubscriptionHandle,
} from './event-bus.port';
import { reduceInThread } from './reduce-in-thread';

/** Publishing is the same on every broker: envelope, validate, route by contract, send per topic in order. */
export abstract class BaseEventBus implements EventBus, RawProducer {
  protected constructor(
    protected readonly catalog: EventCatalog,
    protected readonly envelopes: EnvelopeFactory,
  ) {}

  async publish(events: readonly NewEvent[]): Promise<CloudEvent<unknown>[]> {
    const envelopes = events.map((event) => this.envelopes.create(event));
    await this.publishEnvelopes(envelopes);
    return envelopes;
  }

  async publishEnvelopes(events: readonly CloudEvent<unknown>[]): Promise<void> {
    const byTopic = new Map<string, WireMessage[]>();
    for (const event of events) {
      const topic = this.catalog.contract(event.type).topic;
      const batch = byTopic.get(topic) ?? [];
      batch.push(encodeCloudEvent(event));
      byTopic.set(topic, batch);
    }
    for (const [topic, messages] of byTopic) {
      await this.send(topic, messages);
      busMetrics.published.inc({ topic }, messages.length);
    }
  }

  /** The catalog's topics and their dead-letter topics: what a bus makes sure exist before it is used. */
  protected requiredTopics(extra: readonly string[] = []): string[] {
    const topics = [...this.catalog.topics(), ...extra];
    return [...new Set([...topics, ...topics.map(deadLetterTopicOf)])];
  }

  /** In the subscribing thread; an adapter with worker threads overrides this. */
  subscribeReduced<R>(subscription: ReducedBatchSubscription<R>): Promise<SubscriptionHandle> {
    return this.subscribeBatch(reduceInThread(subscription));
  }

  abstract send(topic: string, messages: readonly WireMessage[]): Promise<void>;
  abstract subscribe(subscription: Subscription): Promise<SubscriptionHandle>;
  abstract subscribeBatch(subscription: BatchSubscription): Promise<SubscriptionHandle>;
  abstract isReady(): Promise<boolean>;
  abstract close(): Promise<void>;
}
