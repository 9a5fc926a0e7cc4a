import { RecordSetReader } from './record-batches';

// kafkajs' own encoders (an independent implementation of the v2 record batch format) write the bytes under test.
/* eslint-disable @typescript-eslint/no-require-imports */
const { RecordBatch: encodeBatch } = require('kafkajs/src/protocol/recordBatch/v0') as {
  RecordBatch: (batch: object) => Promise<{ buffer: Buffer }>;
};
const encodeRecord = require('kafkajs/src/protocol/recordBatch/record/v0') as (record: object) => unknown;
const Long = require('kafkajs/src/utils/long') as { fromValue(value: number | string): unknown };
/* eslint-enable @typescript-eslint/no-require-imports */

const GZIP = 1;

interface Spec {
  readonly firstOffset: number;
  readonly records: readonly { key: string | null; value: string | null; headers?: Record<string, string> }[];
  readonly compression?: number;
  readonly transactional?: boolean;
  readonly producerId?: number;
}

async function batchBytes(spec: Spec): Promise<Buffer> {
  const encoded = await encodeBatch({
    firstOffset: Long.fromValue(spec.firstOffset),
    lastOffsetDelta: spec.records.length - 1,
    compression: spec.compression ?? 0,
    transactional: spec.transactional ?? false,
    producerId: Long.fromValue(spec.producerId ?? -1),
    records: spec.records.map((record, offsetDelta) =>
      encodeRecord({
        offsetDelta,
        key: record.key === null ? null : Buffer.from(record.key),
        value: record.value === null ? null : Buffer.from(record.value),
        headers: record.headers ?? {},
      }),
    ),
  });
  return encoded.buffer;
}

const things = (from: number, count: number): Spec['records'] =>
  Array.from({ length: count }, (_, i) => ({
    key: `key-${from + i}`,
    value: JSON.stringify({ n: from + i, text: 'Thanh Hóa' }),
    headers: { ce_id: `id-${from + i}`, ce_type: 'vn.d06.test.v1', 'content-type': 'application/json' },
  }));

const readAll = (reader: RecordSetReader) => reader.readAll();

describe('RecordSetReader', () => {
  it('reads offsets, keys, values and headers of consecutive batches', async () => {
    const set = Buffer.concat([
      await batchBytes({ firstOffset: 10, records: things(10, 3) }),
      await batchBytes({ firstOffset: 13, records: things(13, 2) }),
    ]);
    const reader = new RecordSetReader('test.events.v1', 4, set, 10);
    const records = readAll(reader);

    expect(reader.nextOffset).toBe(15);
    expect(records.map((r) => r.offset)).toEqual(['10', '11', '12', '13', '14']);
    expect(records[3]).toEqual({
      topic: 'test.events.v1',
      partition: 4,
      offset: '13',
      key: 'key-13',
      value: Buffer.from(JSON.stringify({ n: 13, text: 'Thanh Hóa' })),
      headers: { ce_id: 'id-13', ce_type: 'vn.d06.test.v1', 'content-type': 'application/json' },
    });
  });

  it('skips records before the fetch offset inside a batch, and keeps null keys and values', async () => {
    const set = await batchBytes({
      firstOffset: 0,
      records: [
        { key: 'a', value: '1' },
        { key: null, value: '2' },
        { key: 'c', value: null },
      ],
    });
    const records = readAll(new RecordSetReader('t', 0, set, 1));
    expect(records.map((r) => [r.offset, r.key, r.value?.toString() ?? null])).toEqual([
      ['1', null, '2'],
      ['2', 'c', null],
    ]);
  });

  it('leaves a trailing partial batch for the next fetch', async () => {
    const whole = await batchBytes({ firstOffset: 0, records: things(0, 2) });
    const next = await batchBytes({ firstOffset: 2, records: things(2, 2) });
    const reader = new RecordSetReader('t', 0, Buffer.concat([whole, next.subarray(0, next.length - 7)]), 0);
    expect(readAll(reader).map((r) => r.offset)).toEqual(['0', '1']);
    expect(reader.nextOffset).toBe(2);
  });

  it('reads gzip-compressed batches', async () => {
    const set = await batchBytes({ firstOffset: 5, records: things(5, 4), compression: GZIP });
    const records = readAll(new RecordSetReader('t', 0, set, 5));
    expect(records.map((r) => JSON.parse(r.value!.toString()).n)).toEqual([5, 6, 7, 8]);
  });

  it('reads a slice at a time, and up to an offset inside a Kafka batch', async () => {
    const set = Buffer.concat(
      await Promise.all(
        [0, 3, 6].map((first) => batchBytes({ firstOffset: first, records: things(first, 3) })),
      ),
    );
    const reader = new RecordSetReader('t', 0, set, 0);
    expect(reader.readUpTo(5, 1).map((r) => r.offset)).toEqual(['0', '1', '2']); // one whole batch
    expect(reader.readUpTo(5, 1).map((r) => r.offset)).toEqual(['3', '4']); // cut at 5
    expect(reader.offset).toBe(5);
    expect(reader.readUpTo(5, 1)).toEqual([]);
    expect(reader.readUpTo(reader.nextOffset, 100).map((r) => r.offset)).toEqual(['5', '6', '7', '8']);
    expect(reader.done).toBe(true);
    expect(reader.offset).toBe(9);
  });

  it('skips the records of an aborted transaction (read_committed)', async () => {
    const set = Buffer.concat([
      await batchBytes({ firstOffset: 0, records: things(0, 2), transactional: true, producerId: 7 }),
      await batchBytes({ firstOffset: 2, records: things(2, 2), transactional: true, producerId: 8 }),
      await batchBytes({ firstOffset: 4, records: things(4, 1) }),
    ]);
    const reader = new RecordSetReader('t', 0, set, 0, [{ producerId: 7, firstOffset: 0 }]);
    expect(readAll(reader).map((r) => r.offset)).toEqual(['2', '3', '4']);
    expect(reader.nextOffset).toBe(5);
  });

  it('refuses codecs no producer here uses, naming them', async () => {
    const set = await batchBytes({ firstOffset: 0, records: things(0, 1) });
    set.writeInt16BE(set.readInt16BE(21) | 4, 21); // mark it zstd
    expect(() => readAll(new RecordSetReader('t', 0, set, 0))).toThrow(/zstd-compressed/);
  });

  it('takes the raw batches of a stretch, which a reader elsewhere decodes to the same records', async () => {
    const set = Buffer.concat([
      await batchBytes({ firstOffset: 0, records: things(0, 3) }),
      await batchBytes({ firstOffset: 3, records: things(3, 2), transactional: true, producerId: 7 }),
      await batchBytes({ firstOffset: 5, records: things(5, 3), compression: GZIP }),
    ]);
    const aborted = [{ producerId: 7, firstOffset: 3 }];
    const expected = readAll(new RecordSetReader('t', 2, set, 1, aborted));
    const taker = new RecordSetReader('t', 2, set, 1, aborted);

    const stretches = [6, taker.nextOffset].map((until) => {
      const from = taker.offset;
      const bytes = Buffer.concat(taker.takeUpTo(until));
      return new RecordSetReader('t', 2, bytes, from).readUpTo(until, Number.MAX_SAFE_INTEGER);
    });

    // offsets 1–2, then 5 (the aborted transaction's 3–4 left out of the bytes), cut inside the gzip batch
    expect(stretches.map((records) => records.map((r) => r.offset))).toEqual([
      ['1', '2', '5'],
      ['6', '7'],
    ]);
    expect(stretches.flat()).toEqual(expected);
    expect(taker.done).toBe(true);
    expect(taker.offset).toBe(8);
  });
});
