import type { IHeaders, KafkaMessage } from 'kafkajs';
import type { ConsumedRecord, WireMessage } from '../envelope/wire-message';

/** kafkajs message → broker-neutral record (headers as strings, key as a string). */
export function toConsumedRecord(topic: string, partition: number, message: KafkaMessage): ConsumedRecord {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key ? message.key.toString() : null,
    value: message.value,
    headers: stringHeaders(message.headers),
  };
}

export function toKafkaMessage(message: WireMessage): {
  key: string | null;
  value: Buffer | null;
  headers: IHeaders;
} {
  return { key: message.key, value: message.value, headers: { ...message.headers } };
}

function stringHeaders(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) result[name] = first.toString();
  }
  return result;
}
