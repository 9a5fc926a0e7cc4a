import { CloudEvent } from 'cloudevents';
import { v7 as uuidv7 } from 'uuid';
import {
  DEAD_LETTER_CONTRACT,
  type DeadLetterData,
  type DeadLetterReasonCode,
  type PayloadEncoding,
} from '@d06/contracts';
import { encodeCloudEvent } from '../envelope/cloud-event.codec';
import type { ConsumedRecord, WireMessage } from '../envelope/wire-message';

export const DEAD_LETTER_TYPE = DEAD_LETTER_CONTRACT.type;
export type { DeadLetterData, DeadLetterReasonCode };

/** `<topic>.dlq`: where a topic's undeliverable records go, with the reason. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

/** Sends raw records to a topic; each adapter provides one. */
export interface RawProducer {
  send(topic: string, messages: readonly WireMessage[]): Promise<void>;
}

/** Why a record was given up on, for people and for machines. */
export interface DeadLetterReason {
  readonly code: DeadLetterReasonCode;
  readonly text: string;
  readonly attempts: number;
}

/** A dead-letter CloudEvent (contract `message-dead-lettered.v1`) carrying the original record byte for byte. */
export function deadLetterMessage(
  record: ConsumedRecord,
  group: string,
  reason: DeadLetterReason,
): WireMessage {
  const value = encodePayload(record.value);
  const key = encodePayload(record.key === null ? null : Buffer.from(record.key));
  const data: DeadLetterData = {
    topic: record.topic,
    partition: record.partition,
    offset: record.offset,
    key: key.text,
    keyEncoding: key.encoding,
    headers: Object.entries(record.headers).map(([name, text]) => ({ name, value: text, encoding: 'utf8' })),
    value: value.text,
    valueEncoding: value.encoding,
    reasonCode: reason.code,
    reason: reason.text,
    failedAt: new Date().toISOString(),
    attempts: reason.attempts,
    consumerGroup: group,
  };
  const event = new CloudEvent<DeadLetterData>(
    {
      id: uuidv7(),
      source: `d06/messaging/${group}`,
      type: DEAD_LETTER_TYPE,
      subject: `${record.topic}/${record.partition}/${record.offset}`,
      datacontenttype: 'application/json',
      data,
      ...(record.key ? { partitionkey: record.key } : {}),
    },
    false,
  );
  return encodeCloudEvent(event);
}

/** The original bytes back from a dead letter's value. */
export function deadLetterValue(data: DeadLetterData): Buffer | null {
  return data.value === null
    ? null
    : Buffer.from(data.value, data.valueEncoding === 'base64' ? 'base64' : 'utf8');
}

function encodePayload(bytes: Buffer | null): { text: string | null; encoding: PayloadEncoding } {
  if (bytes === null) return { text: null, encoding: 'utf8' };
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes)
    ? { text, encoding: 'utf8' }
    : { text: bytes.toString('base64'), encoding: 'base64' };
}
