import { randomBytes, randomUUID } from 'node:crypto';
import { CloudEvent } from 'cloudevents';
import { Partitioners } from 'kafkajs';
import { decodeCloudEvent, encodeCloudEvent } from '../../envelope/cloud-event.codec';
import { CloudEventRecords } from './cloud-event-record';
import { crc32c } from './crc32c';
import { murmur2, partitionOf } from './murmur2';
import { produceAnswers, produceRequest } from './produce-request';
import { encodeRecord, FixedHeaders, HeaderName, recordBatchSize, writeRecordBatch } from './record-batch';

/* eslint-disable @typescript-eslint/no-require-imports -- kafkajs's own codecs, to check ours against */
const kafkajsCrc32c = require('kafkajs/src/protocol/recordBatch/crc32C') as (buffer: Buffer) => number;
const KafkaDecoder = require('kafkajs/src/protocol/decoder') as new (buffer: Buffer) => unknown;
const decodeRecordBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (
  decoder: unknown,
) => Promise<{
  firstOffset: string;
  lastOffsetDelta: number;
  firstTimestamp: string;
  records: Array<{
    key: Buffer | null;
    value: Buffer | null;
    headers: Record<string, Buffer>;
    offset: string;
  }>;
}>;
/* eslint-enable @typescript-eslint/no-require-imports */

describe('crc32c', () => {
  it('is the CRC-32C kafkajs computes, whole or fed in chunks', () => {
    for (const size of [0, 1, 7, 8, 9, 63, 1_000, 4_099]) {
      const bytes = randomBytes(size);
      expect(crc32c(bytes)).toBe(kafkajsCrc32c(bytes));
      const cut = Math.floor(size / 3);
      expect(crc32c(bytes, crc32c(bytes, 0, 0, cut), cut)).toBe(kafkajsCrc32c(bytes));
    }
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283); // the standard check value
  });
});

describe('murmur2 partitioning', () => {
  it('puts every key on the partition kafkajs (and the Java client) puts it on', () => {
    const partitioner = Partitioners.DefaultPartitioner();
    const metadata = Array.from({ length: 6 }, (_, partitionId) => ({
      partitionId,
      leader: 0,
      replicas: [0],
      isr: [0],
      offlineReplicas: [],
      partitionErrorCode: 0,
    }));
    const keys = [
      ...Array.from({ length: 300 }, () => randomUUID()),
      'a',
      'ab',
      'abc',
      'Nguyễn Văn An',
      'x'.repeat(101),
    ];
    for (const key of keys) {
      const expected = partitioner({
        topic: 't',
        partitionMetadata: metadata,
        message: { key, value: null },
      });
      expect(partitionOf(murmur2(Buffer.from(key)), 6)).toBe(expected);
    }
  });
});

describe('record batches', () => {
  it('kafkajs decodes a batch of them: keys, values, headers, offsets, with a CRC the broker accepts', async () => {
    const fixed = new FixedHeaders([['content-type', 'application/json']]);
    const N = new HeaderName('n');
    const records = Array.from({ length: 200 }, (_, i) =>
      encodeRecord(
        `key-${i}`,
        JSON.stringify({ i, text: 'Thanh Hóa'.repeat(i % 5) }),
        [[N, String(i)]],
        fixed,
      ),
    );
    const size = recordBatchSize(records);
    const target = Buffer.alloc(size + 10);
    expect(writeRecordBatch(target, 5, records, 1_700_000_000_000)).toBe(5 + size);
    const batch = target.subarray(5, 5 + size);
    expect(batch.readUInt32BE(17)).toBe(kafkajsCrc32c(batch.subarray(21)));
    const decoded = await decodeRecordBatch(new KafkaDecoder(batch));
    expect(batch[16]).toBe(2); // magic
    expect(decoded).toMatchObject({ lastOffsetDelta: 199, firstTimestamp: '1700000000000' });
    expect(decoded.records).toHaveLength(200);
    decoded.records.forEach((record, i) => {
      expect(record.offset).toBe(String(i));
      expect(record.key?.toString()).toBe(`key-${i}`);
      expect(JSON.parse(record.value!.toString())).toEqual({ i, text: 'Thanh Hóa'.repeat(i % 5) });
      expect(Object.fromEntries(Object.entries(record.headers).map(([k, v]) => [k, v.toString()]))).toEqual({
        'content-type': 'application/json',
        n: String(i),
      });
    });
  });

  it('frames a Produce v3 request whose size and batches add up, and reads its answer', async () => {
    const records = [encodeRecord('k', 'v', [])];
    const frame = produceRequest(7, 'client-1', 'topic-a', [{ partition: 3, records }], {
      acks: -1,
      timeoutMs: 30_000,
      timestamp: 1,
    });
    expect(frame.readInt32BE(0)).toBe(frame.length - 4);
    expect([frame.readInt16BE(4), frame.readInt16BE(6), frame.readInt32BE(8)]).toEqual([0, 3, 7]);
    const batch = frame.subarray(frame.length - recordBatchSize(records));
    const decoded = await decodeRecordBatch(new KafkaDecoder(batch));
    expect(decoded.records.map((r) => [r.key?.toString(), r.value?.toString()])).toEqual([['k', 'v']]);

    const answer = Buffer.alloc(4 + 2 + 7 + 4 + 2 * (4 + 2 + 8 + 8) + 4);
    let at = answer.writeInt32BE(1, 0);
    at = answer.writeInt16BE(7, at);
    at += answer.write('topic-a', at);
    at = answer.writeInt32BE(2, at);
    for (const [partition, error] of [
      [3, 0],
      [4, 6],
    ]) {
      at = answer.writeInt32BE(partition, at);
      at = answer.writeInt16BE(error, at);
      at += 16;
    }
    expect(produceAnswers(answer)).toEqual([
      { topic: 'topic-a', partition: 3, errorCode: 0 },
      { topic: 'topic-a', partition: 4, errorCode: 6 },
    ]);
  });
});

describe('CloudEventRecords', () => {
  it('encodes the event encodeCloudEvent would, which decodeCloudEvent reads back the same', async () => {
    const data = { messageId: 'm-1', path: '/038******234/resolve', note: 'Hóa "quoted" \\ \n' };
    const reference = encodeCloudEvent(
      new CloudEvent(
        {
          id: '5f0f6c1e-3a52-5c8e-9f57-0d06e8c4a1b2',
          source: 'd06/gateway',
          type: 'vn.d06.exchange.call.completed.v1',
          time: '2023-09-12T01:05:00.004Z',
          datacontenttype: 'application/json',
          data,
          partitionkey: 'm-1',
        },
        false,
      ),
    );
    const record = new CloudEventRecords('d06/gateway', 'vn.d06.exchange.call.completed.v1').encode({
      id: '5f0f6c1e-3a52-5c8e-9f57-0d06e8c4a1b2',
      time: '2023-09-12T01:05:00.004Z',
      partitionKey: 'm-1',
      dataJson: JSON.stringify(data),
    });
    const batch = Buffer.alloc(recordBatchSize([record]));
    writeRecordBatch(batch, 0, [record], Date.now());
    const [decoded] = (await decodeRecordBatch(new KafkaDecoder(batch))).records;
    const wire = {
      key: decoded.key!.toString(),
      value: decoded.value,
      headers: Object.fromEntries(Object.entries(decoded.headers).map(([k, v]) => [k, v.toString()])),
    };
    expect(wire.headers).toEqual(reference.headers);
    expect(wire.key).toBe(reference.key);
    expect(wire.value?.equals(reference.value!)).toBe(true);
    expect(decodeCloudEvent(wire).toJSON()).toEqual(decodeCloudEvent(reference).toJSON());
    expect(record.keyHash).toBe(murmur2(Buffer.from('m-1')));
  });
});
