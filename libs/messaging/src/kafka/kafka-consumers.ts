import { Logger } from '@nestjs/common';
import type { Admin, Batch, Consumer } from 'kafkajs';
import { busMetrics } from '../bus/bus-metrics';
import type { DeliveryPipeline } from '../bus/delivery-pipeline';
import type { BatchSubscription, Subscription } from '../bus/event-bus.port';
import { handleBatchUntilDone, handleRecordsInOrder } from '../bus/partition-workers';
import type { RetryPolicy } from '../bus/retry-policy';
import { toConsumedRecord } from './kafka-records';
import type { TopicNames } from './topic-names';

const logger = new Logger('EventBus');
/** Commit at least this often within a long batch, so a crash redelivers little. */
const COMMIT_EVERY = 200;

/** Per-event consumption: offsets are committed to Kafka only after their records were handled. */
export async function runEventConsumer(
  consumer: Consumer,
  context: {
    subscription: Subscription;
    pipeline: DeliveryPipeline;
    policy: RetryPolicy;
    names: TopicNames;
    signal: AbortSignal;
  },
): Promise<void> {
  const { subscription, pipeline, policy, names, signal } = context;
  await consumer.subscribe({
    topics: subscription.topics.map((topic) => names.physical(topic)),
    fromBeginning: subscription.fromBeginning ?? true,
  });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: 3,
    eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
      let uncommitted: string | undefined;
      let sinceCommit = 0;
      const commit = async (): Promise<void> => {
        if (uncommitted === undefined) return;
        const offset = (BigInt(uncommitted) + 1n).toString();
        uncommitted = undefined;
        sinceCommit = 0;
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset }]);
      };
      const topic = names.logical(batch.topic);
      const records = batch.messages.map((message) => toConsumedRecord(topic, batch.partition, message));
      const batchSignal = signalUntil(signal, () => !isRunning() || isStale());
      try {
        await handleRecordsInOrder(records, {
          pipeline,
          group: subscription.group,
          handler: subscription.handler,
          policy,
          signal: batchSignal.signal,
          done: async (record) => {
            resolveOffset(record.offset);
            uncommitted = record.offset;
            if (++sinceCommit >= COMMIT_EVERY) await commit();
            await heartbeat();
          },
        });
      } finally {
        batchSignal.dispose();
      }
      await commit();
      reportLag(subscription.group, topic, batch);
    },
  });
}

/**
 * Batch consumption whose positions live in the consumer's own store. The store is the truth: records before the
 * stored position are skipped (already counted), and when Kafka serves records past it (a group whose Kafka
 * offsets are ahead of an emptied store) the consumer seeks back. Kafka offsets are committed too, as a hint.
 */
export async function runBatchConsumer(
  consumer: Consumer,
  context: {
    subscription: BatchSubscription;
    pipeline: DeliveryPipeline;
    admin: Admin;
    names: TopicNames;
    signal: AbortSignal;
  },
): Promise<void> {
  const { subscription, pipeline, admin, names, signal } = context;
  const positions = new Map<string, bigint>();
  const seeked = new Set<string>();
  consumer.on(consumer.events.GROUP_JOIN, () => {
    positions.clear();
    seeked.clear();
  });

  const positionOf = async (topic: string, partition: number): Promise<bigint> => {
    const key = `${topic}/${partition}`;
    const known = positions.get(key);
    if (known !== undefined) return known;
    const stored = await subscription.offsets.load(subscription.group, topic, partition);
    const position =
      stored !== undefined ? BigInt(stored) : await lowWatermark(admin, names.physical(topic), partition);
    positions.set(key, position);
    return position;
  };

  await consumer.subscribe({
    topics: subscription.topics.map((topic) => names.physical(topic)),
    fromBeginning: true,
  });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: 3,
    eachBatch: async ({ batch, isRunning, isStale, resolveOffset }) => {
      const topic = names.logical(batch.topic);
      const key = `${topic}/${batch.partition}`;
      const expected = await positionOf(topic, batch.partition);
      const fresh = batch.messages.filter((message) => BigInt(message.offset) >= expected);
      // without eachBatchAutoResolve, kafkajs fetches again from the last resolved offset: resolve what is done
      // (already counted or handled now), or a partition larger than one fetch is served its first fetch forever
      if (fresh.length === 0) {
        if (batch.messages.length > 0) resolveOffset(batch.messages[batch.messages.length - 1].offset);
        return;
      }
      if (BigInt(fresh[0].offset) > expected && !seeked.has(key)) {
        seeked.add(key);
        consumer.seek({ topic: batch.topic, partition: batch.partition, offset: expected.toString() });
        return;
      }
      const max = subscription.maxBatchSize ?? Number.POSITIVE_INFINITY;
      for (let start = 0; start < fresh.length; start += max) {
        if (!isRunning() || isStale()) return;
        const slice = fresh.slice(start, start + max);
        const records = slice.map((message) => toConsumedRecord(topic, batch.partition, message));
        const outcome = await handleBatchUntilDone(records, { pipeline, subscription, signal });
        if (outcome === 'interrupted') return;
        const next = BigInt(slice[slice.length - 1].offset) + 1n;
        positions.set(key, next);
        resolveOffset(slice[slice.length - 1].offset);
        await consumer
          .commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next.toString() }])
          .catch((error: unknown) => logger.warn(`offset hint commit failed for ${key}: ${String(error)}`));
      }
      reportLag(subscription.group, topic, batch);
    },
  });
}

function reportLag(group: string, topic: string, batch: Batch): void {
  busMetrics.lag.set({ group, topic, partition: batch.partition }, Number(batch.offsetLag()));
}

async function lowWatermark(admin: Admin, topic: string, partition: number): Promise<bigint> {
  const offsets = await admin.fetchTopicOffsets(topic);
  const low = offsets.find((entry) => entry.partition === partition)?.low ?? '0';
  return BigInt(low);
}

/** An abort signal that also fires when kafkajs says the batch is no longer ours (stopping or rebalanced). */
function signalUntil(parent: AbortSignal, lost: () => boolean): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  if (parent.aborted) abort();
  parent.addEventListener('abort', abort, { once: true });
  const timer = setInterval(() => {
    if (lost()) abort();
  }, 250);
  timer.unref();
  return {
    signal: controller.signal,
    dispose: () => {
      clearInterval(timer);
      parent.removeEventListener('abort', abort);
    },
  };
}
