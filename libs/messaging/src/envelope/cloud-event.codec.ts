import { CloudEvent, Kafka, type Message } from 'cloudevents';
import { decodeBinaryCloudEvent } from './binary-cloud-event';
import type { WireMessage } from './wire-message';

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes travel as `ce_*` headers, `data` as the
 * JSON value, and the `partitionkey` extension as the Kafka key (spec §3.1).
 */
export function encodeCloudEvent(event: CloudEvent<unknown>): WireMessage {
  const message = Kafka.binary(event);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined && value !== null) headers[name] = String(value);
  }
  // data always travels as JSON, whatever the event declared
  headers['content-type'] = 'application/json';
  const key = event.partitionkey;
  return {
    key: typeof key === 'string' ? key : null,
    value: event.data === undefined ? null : Buffer.from(JSON.stringify(event.data)),
    headers,
  };
}

/** Reads a CloudEvent back; throws cloudevents' ValidationError for anything that is not one. */
export function decodeCloudEvent(message: WireMessage): CloudEvent<unknown> {
  // the common case (binary mode, JSON data, spec 1.0) read directly; the library decides everything else
  const fast = decodeBinaryCloudEvent(message);
  if (fast) return fast;
  const kafkaMessage = {
    headers: { ...message.headers },
    key: message.key ?? '',
    value: message.value ?? undefined,
    body: message.value ?? undefined,
  } as Message;
  const event = Kafka.toEvent(kafkaMessage) as CloudEvent<unknown>;
  // toEvent skips validation: require the attributes every consumer relies on.
  event.validate();
  return event;
}
