import { EVENT_TYPES, TOPICS } from '@d06/contracts';
import {
  CloudEventRecords,
  RecordBatchPublisher,
  type EncodedRecord,
  type EventBus,
  type NewEvent,
} from '@d06/messaging';
import type { MessageLogEntry } from '../message-log/message-log-entry';
import { untraced } from '../support/untraced';
import { ByteWriter } from '../support/byte-writer';
import { callRecord, recordKey, writeCallRecordJson, type CallRecord } from './call-record';
import { recordId } from './record-id';

/** Where monitoring records go: made from a logged entry (on the request path), then published in batches. */
export interface RecordSink<T> {
  /** `hash`: the entry's chain hash (the record's id comes from it). */
  encode(entry: MessageLogEntry, hash: string): T;
  publish(records: readonly T[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Kafka: each record is encoded into its Kafka bytes as the call is logged (a CloudEvent in the binary mode, as
 * the event bus would send it), and batches go out through a RecordBatchPublisher — a copy and a checksum per
 * record, no envelope objects, no per-record validation (the record is valid by construction; the tests check
 * it against the contract).
 */
export class KafkaRecordSink implements RecordSink<EncodedRecord> {
  private readonly events = new CloudEventRecords('d06/gateway', EVENT_TYPES.EXCHANGE_CALL_COMPLETED);
  private readonly json = new ByteWriter(2_048);

  constructor(private readonly publisher: RecordBatchPublisher) {}

  static async connect(options: {
    brokers: readonly string[];
    topicPrefix: string;
  }): Promise<KafkaRecordSink> {
    const publisher = new RecordBatchPublisher({
      brokers: options.brokers,
      clientId: 'd06-gateway-monitoring',
      topicPrefix: options.topicPrefix,
    });
    await publisher.connect();
    return new KafkaRecordSink(publisher);
  }

  encode(entry: MessageLogEntry, hash: string): EncodedRecord {
    writeCallRecordJson(this.json.reset(), entry);
    return this.events.encode({
      id: recordId(hash),
      time: entry.responseOutAt,
      partitionKey: recordKey(entry),
      dataJson: this.json.view(),
    });
  }

  publish(records: readonly EncodedRecord[]): Promise<void> {
    return untraced(() => this.publisher.publish(TOPICS.exchange, records));
  }

  close(): Promise<void> {
    return this.publisher.close();
  }
}

/** The event bus (embedded mode, the in-memory broker): records as events, validated by the bus on publish. */
export class BusRecordSink implements RecordSink<NewEvent<CallRecord>> {
  constructor(private readonly bus: EventBus) {}

  encode(entry: MessageLogEntry, hash: string): NewEvent<CallRecord> {
    return {
      id: recordId(hash),
      type: EVENT_TYPES.EXCHANGE_CALL_COMPLETED,
      key: recordKey(entry),
      time: new Date(entry.responseOutAt),
      data: callRecord(entry),
    };
  }

  async publish(records: readonly NewEvent<CallRecord>[]): Promise<void> {
    await untraced(() => this.bus.publish(records));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
