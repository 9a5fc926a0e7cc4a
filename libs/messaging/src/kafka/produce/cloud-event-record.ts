import { encodeRecord, FixedHeaders, HeaderName, type EncodedRecord } from './record-batch';

const ID = new HeaderName('ce_id');
const TIME = new HeaderName('ce_time');
const PARTITION_KEY = new HeaderName('ce_partitionkey');

/** What varies between the CloudEvents of one type and source. */
export interface CloudEventRecordFields {
  readonly id: string;
  /** RFC 3339 (an ISO string). */
  readonly time: string;
  /** The Kafka key, also sent as the `partitionkey` extension. */
  readonly partitionKey: string;
  /** The event's data, already JSON — text or its UTF-8 bytes (valid against its contract: the caller's promise). */
  readonly dataJson: string | Uint8Array;
}

/**
 * CloudEvents of one type and source as Kafka records in the binary content mode, as
 * encodeCloudEvent gives them for the same event (the same ce_* headers, JSON data, the partition key as the Kafka key),
 * encoded straight from the fields: the headers common to every event are encoded once.
 */
export class CloudEventRecords {
  private readonly fixed: FixedHeaders;

  constructor(source: string, type: string) {
    this.fixed = new FixedHeaders([
      ['content-type', 'application/json'],
      ['ce_type', type],
      ['ce_source', source],
      ['ce_specversion', '1.0'],
      ['ce_datacontenttype', 'application/json'],
    ]);
  }

  encode(fields: CloudEventRecordFields): EncodedRecord {
    return encodeRecord(
      fields.partitionKey,
      fields.dataJson,
      [
        [ID, fields.id],
        [TIME, fields.time],
        [PARTITION_KEY, fields.partitionKey],
      ],
      this.fixed,
    );
  }
}
