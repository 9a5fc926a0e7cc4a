import type {
  BatchSink,
  BatchSubscription,
  DeliveredEvent,
  ReducedBatchSubscription,
  ReducibleEvent,
} from './event-bus.port';
import { EventKeyList } from './event-keys';

/**
 * A reduced subscription as a plain batch subscription whose reducer runs in the subscribing thread: each slice's
 * id keys are screened, the events kept are reduced into one summary, which the batch receives before it commits.
 * Every adapter without worker threads (and Kafka with none) consumes reduced subscriptions this way.
 */
const eventOf = (delivered: DeliveredEvent): ReducibleEvent => delivered.event;

export function reduceInThread<R>(subscription: ReducedBatchSubscription<R>): BatchSubscription {
  const { reducer } = subscription;
  return {
    group: subscription.group,
    topics: subscription.topics,
    offsets: subscription.offsets,
    maxBatchSize: subscription.maxBatchSize,
    openBatch: (position): BatchSink => {
      const batch = subscription.openBatch(position);
      let summary: R | undefined;
      return {
        add(events: readonly DeliveredEvent[]): void {
          const keys = new EventKeyList(events.length);
          for (const delivered of events) keys.add(delivered.event.id, Number(delivered.offset));
          const dropped = new Set(batch.screen(keys));
          const kept = dropped.size === 0 ? events : events.filter((_, i) => !dropped.has(i));
          if (kept.length > 0) summary = reducer.reduce(kept.map(eventOf), summary);
        },
        async commit(): Promise<void> {
          if (summary !== undefined) batch.add(summary);
          await batch.commit();
        },
      };
    },
  };
}
