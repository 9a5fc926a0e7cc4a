import { Logger } from '@nestjs/common';
import type { Admin, Consumer } from 'kafkajs';
import { busMetrics } from '../bus/bus-metrics';
import type { BatchSubscription } from '../bus/event-bus.port';
import { interruptibleSleep } from '../bus/interruptible-sleep';
import { backoffDelay, retryPolicy } from '../bus/retry-policy';
import type { BatchHandler } from './batch-handlers';
import { OffsetCommitter } from './offset-committer';
import { watermarks } from './shared-offset-requests';
import type { TopicNames } from './topic-names';
import { FetchSession } from './fetch/fetch-session';
import {
  DEFAULT_FETCH_TUNING,
  type AssignedPartition,
  type FetchSessionDeps,
  type FetchTuning,
} from './fetch/fetch-session.types';

const logger = new Logger('EventBus');
/**
 * How often the consumer commits its handled positions to Kafka: for a batch subscription a mirror of its own
 * store (for lag tools; never read back), for a per-event one the positions themselves (CommittedPositions).
 */
const HINT_EVERY_MS = 1_000;
const START_RETRY = retryPolicy({
  maxAttempts: Number.POSITIVE_INFINITY,
  initialDelayMs: 200,
  maxDelayMs: 5_000,
});

/**
 * Consumption by fetched batches from the positions in `subscription.offsets`: a batch subscription's own store
 * (the truth; Kafka's committed offsets are only a hint for monitoring tools), or for per-event handling Kafka's
 * committed offsets themselves (see CommittedPositions and eventByEventHandler). kafkajs keeps the group
 * membership: every partition stays paused in it, and on each assignment a FetchSession reads the assigned partitions from their leaders with a lean fetch path
 * (kafkajs decodes records at about 100 000/s, below what this consumer must reach). Each batch [fromOffset,
 * nextOffset) goes to `handle` (see batch-handlers.ts); a batch handler stores nextOffset only if the stored
 * position is still fromOffset, so a member that lost its partition in a rebalance can never apply a batch twice.
 * Resolves with a drain function that stops and waits.
 */
export async function runBatchConsumer(
  consumer: Consumer,
  context: {
    subscription: Pick<BatchSubscription, 'group' | 'topics' | 'offsets' | 'maxBatchSize'>;
    handle: BatchHandler;
    admin: Admin;
    names: TopicNames;
    signal: AbortSignal;
    clientId: string;
    tuning?: FetchTuning;
  },
): Promise<() => Promise<void>> {
  const { subscription, admin, names, signal } = context;
  const physicalTopics = subscription.topics.map((topic) => names.physical(topic));
  // one commit a second for all the partitions' positions; a failed hint only leaves the lag tools behind
  const hints = new OffsetCommitter(
    (positions) =>
      consumer
        .commitOffsets(positions)
        .catch((error: unknown) => logger.debug(`offset hints not committed: ${String(error)}`)),
    { intervalMs: HINT_EVERY_MS, maxPending: Number.POSITIVE_INFINITY },
  );
  const deps: FetchSessionDeps = {
    admin,
    clientId: context.clientId,
    tuning: context.tuning ?? DEFAULT_FETCH_TUNING,
    maxBatchSize: subscription.maxBatchSize ?? 5_000,
    loadPosition: async ({ topic, physicalTopic, partition }) => {
      const stored = await subscription.offsets.load(subscription.group, topic, partition);
      return stored !== undefined ? Number(stored) : (await watermarks(admin, physicalTopic, partition)).low;
    },
    lowWatermark: async ({ physicalTopic, partition }) =>
      (await watermarks(admin, physicalTopic, partition)).low,
    onFetched: ({ topic, partition }, highWatermark, position) =>
      busMetrics.lag.set({ group: subscription.group, topic, partition }, highWatermark - position),
    handle: async (partition, batch, fromOffset, turn) => {
      const count = await context.handle(partition, batch, fromOffset, turn);
      busMetrics.handled.inc({ group: subscription.group, topic: partition.topic }, count);
      void hints.reached(partition.physicalTopic, partition.partition, String(batch.nextOffset), count);
    },
  };

  let session: FetchSession | undefined;
  let switching: Promise<void> = Promise.resolve();
  let generation = 0;
  /** Stops the current session, then starts one for the new assignment, retrying until it starts or is replaced. */
  const switchTo = (assignment: AssignedPartition[] | undefined): Promise<void> => {
    const mine = ++generation;
    switching = switching.then(async () => {
      await session?.stop().catch(() => undefined);
      session = undefined;
      for (let attempt = 1; assignment && !signal.aborted && mine === generation; attempt++) {
        const starting = new FetchSession(deps);
        try {
          await starting.start(assignment);
          session = starting;
          return;
        } catch (error) {
          await starting.stop().catch(() => undefined);
          logger.warn(
            `batch consumer of ${subscription.group} could not start (attempt ${attempt}): ${String(error)}`,
          );
          await interruptibleSleep(backoffDelay(START_RETRY, attempt), signal).catch(() => undefined);
        }
      }
    });
    return switching;
  };
  consumer.on(consumer.events.REBALANCING, () => void switchTo(undefined));
  consumer.on(consumer.events.CRASH, () => void switchTo(undefined));
  consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
    // kafkajs never fetches for this group: the FetchSession does
    consumer.pause(physicalTopics.map((topic) => ({ topic })));
    const assignment = Object.entries(payload.memberAssignment).flatMap(([physicalTopic, partitions]) =>
      partitions.map((partition) => ({ topic: names.logical(physicalTopic), physicalTopic, partition })),
    );
    void switchTo(assignment);
  });
  await consumer.subscribe({ topics: physicalTopics, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatch: async () => {
      // never called: every partition of this consumer stays paused
    },
  });
  return async () => {
    await switchTo(undefined);
    await hints.flush();
  };
}
