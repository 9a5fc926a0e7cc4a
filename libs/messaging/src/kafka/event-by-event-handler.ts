import type { DeliveryPipeline } from '../bus/delivery-pipeline';
import type { Subscription } from '../bus/event-bus.port';
import { InterruptedError } from '../bus/interruptible-sleep';
import { handleRecordsInOrder, wantedTypes } from '../bus/partition-workers';
import type { RetryPolicy } from '../bus/retry-policy';
import type { BatchHandler } from './batch-handlers';
import type { CommittedPositions } from './committed-positions';

/**
 * Per-event consumption on the batch consumer's fetch path: a fetched batch of a partition is handled record by
 * record, in order, after the partition's batch before it (its `turn`); records of types the subscription does
 * not want are passed over on their headers alone. The batch moves `positions` on to what it handled; its end is
 * committed to Kafka with the others a second later. A stop during a retry's backoff rejects, so the partition
 * is read again from what was handled. Resolves with 0: the pipeline counts the events it handles itself.
 */
export function eventByEventHandler(
  subscription: Subscription,
  context: {
    readonly pipeline: DeliveryPipeline;
    readonly policy: RetryPolicy;
    readonly signal: AbortSignal;
    readonly positions: CommittedPositions;
  },
): BatchHandler {
  const { pipeline, policy, signal, positions } = context;
  const wanted = wantedTypes(subscription.types);
  return async (partition, batch, fromOffset, turn) => {
    await turn;
    let next = fromOffset;
    const done = (record: { offset: string }): void => {
      next = Number(record.offset) + 1;
    };
    try {
      for (const records of batch.slices()) {
        const outcome = await handleRecordsInOrder(records, {
          pipeline,
          group: subscription.group,
          handler: subscription.handler,
          policy,
          signal,
          wanted,
          done,
        });
        if (outcome === 'interrupted') throw new InterruptedError();
      }
      // past control records and compacted gaps too
      next = batch.nextOffset;
    } finally {
      // whatever stopped the batch, what was handled stays handled
      positions.handled(partition.topic, partition.partition, next);
    }
    return 0;
  };
}
