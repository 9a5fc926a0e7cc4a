import type { CloudEvent } from 'cloudevents';
import type { EventCatalog } from '../catalog/event-catalog';
import { decodeCloudEvent } from '../envelope/cloud-event.codec';
import type { ConsumedRecord } from '../envelope/wire-message';
import type { DeadLetterReason } from './dead-letter';
import type { DeliveredEvent } from './event-bus.port';

// Its own module (no Nest, no tracing): reducer worker threads load it and should load little.
/** The record as a valid event of the catalog, or why it must be dead-lettered (any thread may call it). */
export function checkRecord(
  catalog: EventCatalog,
  record: ConsumedRecord,
): DeliveredEvent | DeadLetterReason {
  let event: CloudEvent<unknown>;
  try {
    event = decodeCloudEvent(record);
  } catch (error) {
    return { code: 'malformed-message', text: `not a CloudEvent: ${messageOf(error)}`, attempts: 0 };
  }
  const type = event.type;
  if (!catalog.has(type)) {
    return { code: 'unknown-event-type', text: `no contract for ${type}`, attempts: 0 };
  }
  const violations = catalog.violations(type, event.data);
  if (violations.length > 0) {
    const text = `schema violation (${type}): ${violations.join('; ')}`;
    return { code: 'schema-violation', text, attempts: 0 };
  }
  return {
    event,
    topic: record.topic,
    partition: record.partition,
    offset: record.offset,
    key: record.key,
    attempt: 1,
  };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
