import type { DeadLetterReason } from '../bus/dead-letter';
import type { DeliveryPipeline } from '../bus/delivery-pipeline';
import type {
  BatchPosition,
  BatchSink,
  BatchSubscription,
  DeliveredEvent,
  ReducedBatchSubscription,
} from '../bus/event-bus.port';
import { reduceInThread } from '../bus/reduce-in-thread';
import type { ConsumedRecord } from '../envelope/wire-message';
import type { AssignedPartition } from './fetch/fetch-session.types';
import type { FetchedBatch } from './fetch/fetched-sets';
import type { RejectedRecord } from './reduce/reduce-messages';
import type { ReducerPool } from './reduce/reducer-pool';

/**
 * Handles one fetched batch of a partition through to its commit; resolves with the number of valid events. It
 * commits only once `turn` resolves (the partition's batch before it is stored) and fails if `turn` rejects.
 */
export type BatchHandler = (
  partition: AssignedPartition,
  batch: FetchedBatch,
  fromOffset: number,
  turn: Promise<void>,
) => Promise<number>;

/** Smallest batch handed to worker threads (see ReducedBatchSubscription.offloadAtLeast). */
const DEFAULT_OFFLOAD_AT_LEAST = 1_000;
/** Longest stretch of decoding before the batch consumer lets other work (socket reads) run. */
const YIELD_EVERY_MS = 4;

/** Decodes and checks the batch in this thread, slice by slice, feeding the subscription's sink. */
export function decodingHandler(subscription: BatchSubscription, pipeline: DeliveryPipeline): BatchHandler {
  return async (partition, batch, fromOffset, turn) => {
    // read during its turn: the sink screens against what the batches before it stored
    await turn;
    const sink = subscription.openBatch(positionOf(partition, fromOffset, batch));
    const rejected: RejectedRecord[] = [];
    let count = 0;
    let since = performance.now();
    for (const records of batch.slices()) {
      count += checkSlice(pipeline, records, sink, rejected);
      // let the socket reads in now and then: a fetch response arrives in 64 KB reads, one event-loop turn each,
      // and would otherwise wait behind whole batches of decoding
      if (performance.now() - since > YIELD_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        since = performance.now();
      }
    }
    await deadLetterAll(pipeline, subscription.group, rejected);
    await sink.commit();
    return count;
  };
}

/**
 * Hands a large batch's raw bytes to the pool's workers, which decode, check and reduce them; here the ids are
 * screened (a batch with duplicates is reduced again without them) and the summary is stored with the batch. A
 * small batch is reduced here.
 */
export function reducingHandler<R>(
  subscription: ReducedBatchSubscription<R>,
  pipeline: DeliveryPipeline,
  pool: ReducerPool<R>,
): BatchHandler {
  const inThread = decodingHandler(reduceInThread(subscription), pipeline);
  const offloadAtLeast = subscription.offloadAtLeast ?? DEFAULT_OFFLOAD_AT_LEAST;
  return async (partition, batch, fromOffset, turn) => {
    if (batch.nextOffset - fromOffset < offloadAtLeast) return inThread(partition, batch, fromOffset, turn);
    const target = subscription.openBatch(positionOf(partition, fromOffset, batch));
    // reduced in a worker at once, while the batch before it may still be stored; screened and stored in turn
    const reducing = pool.reduce({
      topic: partition.topic,
      partition: partition.partition,
      from: fromOffset,
      until: batch.nextOffset,
      bytes: batch.takeInto((parts) => joined(parts, (size) => pool.bytesFor(size))),
    });
    reducing.catch(() => undefined); // awaited below, after the turn: a worker's failure meanwhile is not unhandled
    try {
      await turn;
    } catch (error) {
      reducing.then((answer) => answer.release()).catch(() => undefined);
      throw error;
    }
    const answer = await reducing;
    let summary = answer.summary;
    let drop: readonly number[] = [];
    try {
      if (answer.keys.count > 0) drop = target.screen(answer.keys);
    } finally {
      if (drop.length === 0) answer.release();
    }
    if (drop.length > 0) summary = await answer.again(drop);
    if (summary !== undefined) target.add(summary);
    const rejected = answer.rejected.map(({ record, reason }) => ({
      record: { ...record, value: record.value && Buffer.from(record.value) },
      reason,
    }));
    await deadLetterAll(pipeline, subscription.group, rejected);
    await target.commit();
    return answer.keys.count;
  };
}

function positionOf(partition: AssignedPartition, fromOffset: number, batch: FetchedBatch): BatchPosition {
  return {
    topic: partition.topic,
    partition: partition.partition,
    fromOffset: String(fromOffset),
    nextOffset: String(batch.nextOffset),
  };
}

/** Dead letters go out before the batch (and its position) commits, so none is lost to a crash. */
async function deadLetterAll(
  pipeline: DeliveryPipeline,
  group: string,
  rejected: readonly { record: ConsumedRecord; reason: DeadLetterReason }[],
): Promise<void> {
  for (const { record, reason } of rejected) await pipeline.deadLetter(record, group, reason);
}

/** One transferable copy of the batch's record batches (the fetched response's buffer stays here). */
function joined(parts: readonly Buffer[], bytesFor: (size: number) => Uint8Array): Uint8Array {
  const bytes = bytesFor(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** Checks a slice of records: the valid events go to the batch, the invalid ones to `rejected`; the valid count. */
function checkSlice(
  pipeline: DeliveryPipeline,
  records: readonly ConsumedRecord[],
  sink: BatchSink,
  rejected: RejectedRecord[],
): number {
  const events: DeliveredEvent[] = [];
  for (const record of records) {
    const checked = pipeline.check(record);
    if ('event' in checked) events.push(checked);
    else rejected.push({ record, reason: checked });
  }
  if (events.length > 0) sink.add(events);
  return events.length;
}
