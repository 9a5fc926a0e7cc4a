import { Logger } from '@nestjs/common';
import type { ConsumedRecord } from '../envelope/wire-message';
import type { DeliveryPipeline } from './delivery-pipeline';
import type { BatchSubscription, DeliveredEvent, EventHandler } from './event-bus.port';
import { InterruptedError, interruptibleSleep } from './interruptible-sleep';
import { busMetrics } from './bus-metrics';
import { backoffDelay, retryPolicy, type RetryPolicy } from './retry-policy';

const logger = new Logger('EventBus');

/** Per-event consumption of a run of records: each is handled (or dead-lettered) before its offset is committed. */
export async function handleRecordsInOrder(
  records: readonly ConsumedRecord[],
  context: {
    readonly pipeline: DeliveryPipeline;
    readonly group: string;
    readonly handler: EventHandler;
    readonly policy: RetryPolicy;
    readonly signal: AbortSignal;
    /** The types the handler wants (Subscription.types); records known to be of others are only marked done. */
    readonly wanted?: ReadonlySet<string>;
    /** Called after each record is done with; the adapter commits `offset + 1`. */
    readonly done: (record: ConsumedRecord) => Promise<void> | void;
  },
): Promise<'completed' | 'interrupted'> {
  for (const record of records) {
    if (context.signal.aborted) return 'interrupted';
    if (isUnwanted(record, context.wanted)) {
      const passed = context.done(record);
      if (passed) await passed; // most records of a busy topic: no turn of the event loop each
      continue;
    }
    const delivered = await context.pipeline.accept(record, context.group);
    if (delivered) {
      try {
        await context.pipeline.handle(
          record,
          delivered,
          context.group,
          context.handler,
          context.policy,
          context.signal,
        );
      } catch (error) {
        if (error instanceof InterruptedError) return 'interrupted';
        throw error;
      }
    }
    await context.done(record);
  }
  return 'completed';
}

/** Whether the record's binary-mode `ce_type` header names a type the subscription does not want. */
function isUnwanted(record: ConsumedRecord, wanted: ReadonlySet<string> | undefined): boolean {
  const type = record.headers.ce_type;
  return wanted !== undefined && type !== undefined && !wanted.has(type);
}

/** The subscription's wanted types as a set, or undefined for every type. */
export function wantedTypes(types: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return types ? new Set(types) : undefined;
}

/**
 * Batch consumption for consumers that store their own positions: invalid records are dead-lettered, the valid
 * ones fed to a batch opened at the records' position, which is then committed. A failing batch is retried with
 * backoff until it succeeds or the consumer stops — never skipped, since that would lose facts.
 */
export async function handleBatchUntilDone(
  records: readonly ConsumedRecord[],
  context: {
    readonly pipeline: DeliveryPipeline;
    readonly subscription: BatchSubscription;
    readonly signal: AbortSignal;
  },
): Promise<'completed' | 'interrupted'> {
  const { pipeline, subscription, signal } = context;
  const events: DeliveredEvent[] = [];
  for (const record of records) {
    const delivered = await pipeline.accept(record, subscription.group);
    if (delivered) events.push(delivered);
  }
  const last = records[records.length - 1];
  const position = {
    topic: last.topic,
    partition: last.partition,
    fromOffset: records[0].offset,
    nextOffset: (BigInt(last.offset) + 1n).toString(),
  };
  const policy = retryPolicy({ maxAttempts: Number.POSITIVE_INFINITY });
  for (let attempt = 1; ; attempt++) {
    if (signal.aborted) return 'interrupted';
    try {
      const batch = subscription.openBatch(position);
      batch.add(events);
      await batch.commit();
      busMetrics.handled.inc({ group: subscription.group, topic: position.topic }, events.length);
      return 'completed';
    } catch (error) {
      logger.warn(
        `batch handler of ${subscription.group} failed on ${position.topic}/${position.partition} (attempt ${attempt}): ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
      try {
        await interruptibleSleep(backoffDelay(policy, attempt), signal);
      } catch {
        return 'interrupted';
      }
    }
  }
}
