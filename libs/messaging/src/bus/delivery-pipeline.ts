import { Logger } from '@nestjs/common';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { EventCatalog } from '../catalog/event-catalog';
import type { ConsumedRecord } from '../envelope/wire-message';
import { deadLetterMessage, deadLetterTopicOf, type DeadLetterReason, type RawProducer } from './dead-letter';
import type { DeliveredEvent, EventHandler } from './event-bus.port';
import { busMetrics } from './bus-metrics';
import { backoffDelay, type RetryPolicy } from './retry-policy';
import { interruptibleSleep } from './interruptible-sleep';
import { checkRecord, messageOf } from './check-record';

/**
 * What happens to every consumed record, whichever broker it came from: decode the CloudEvent, check it against
 * its contract, run the handler with retries and backoff, and dead-letter what cannot be processed so the
 * partition moves on. Both adapters use this one path, so they behave alike.
 */
export class DeliveryPipeline {
  private readonly logger = new Logger('EventBus');

  constructor(
    private readonly catalog: EventCatalog,
    private readonly producer: RawProducer,
  ) {}

  /** The record as a valid event, or undefined after dead-lettering it (malformed, unknown type, bad data). */
  async accept(record: ConsumedRecord, group: string): Promise<DeliveredEvent | undefined> {
    const checked = this.check(record);
    if ('event' in checked) return checked;
    await this.deadLetter(record, group, checked);
    return undefined;
  }

  /**
   * Decodes and validates without waiting (the batch consumer's hot path): the event, or why it must be
   * dead-lettered.
   */
  check(record: ConsumedRecord): DeliveredEvent | DeadLetterReason {
    return checkRecord(this.catalog, record);
  }

  /**
   * Runs the handler until it succeeds or the policy gives up (then the record is dead-lettered).
   * Rejects with InterruptedError when `signal` aborts during a backoff: the record stays uncommitted.
   */
  async handle(
    record: ConsumedRecord,
    delivered: DeliveredEvent,
    group: string,
    handler: EventHandler,
    policy: RetryPolicy,
    signal: AbortSignal,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await withEventTrace(delivered, group, () => handler({ ...delivered, attempt }));
        busMetrics.handled.inc({ group, topic: record.topic });
        return;
      } catch (error) {
        if (attempt >= policy.maxAttempts) {
          const text = `handler failed after ${attempt} attempts: ${messageOf(error)}`;
          await this.deadLetter(record, group, { code: 'processing-failed', text, attempts: attempt });
          return;
        }
        this.logger.warn(
          `handler of ${group} failed on ${record.topic}/${record.partition}@${record.offset} (attempt ${attempt}): ${messageOf(error)}`,
        );
        await interruptibleSleep(backoffDelay(policy, attempt), signal);
      }
    }
  }

  async deadLetter(record: ConsumedRecord, group: string, reason: DeadLetterReason): Promise<void> {
    const topic = deadLetterTopicOf(record.topic);
    this.logger.warn(
      `dead-lettering ${record.topic}/${record.partition}@${record.offset} for ${group}: ${reason.text}`,
    );
    await this.producer.send(topic, [deadLetterMessage(record, group, reason)]);
    busMetrics.deadLettered.inc({ group, topic: record.topic, reason: reason.code });
  }
}

const tracer = trace.getTracer('@d06/messaging');

/** Runs a handler in a consumer span continuing the producer's trace (the event's `traceparent`). */
function withEventTrace(delivered: DeliveredEvent, group: string, work: () => Promise<void>): Promise<void> {
  const traceparent = (delivered.event as { traceparent?: unknown }).traceparent;
  const parent =
    typeof traceparent === 'string'
      ? propagation.extract(context.active(), { traceparent })
      : context.active();
  return tracer.startActiveSpan(
    `${delivered.event.type} process`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.destination.name': delivered.topic,
        'messaging.consumer.group.name': group,
        'messaging.message.id': delivered.event.id,
      },
    },
    parent,
    async (span) => {
      try {
        await work();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: messageOf(error) });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
