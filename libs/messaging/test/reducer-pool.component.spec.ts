import { waitFor } from '@d06/testing';
import { encodeCloudEvent, EnvelopeFactory, EventCatalog, eventKeyText } from '../src';
import { ReducerPool } from '../src/kafka/reduce/reducer-pool';
import { KILLS_WORKER } from './support/exiting-reducer';
import { testContracts, THING_HAPPENED } from './test-catalog';

// kafkajs' own encoder writes the record batch the workers read (as in record-batches.spec.ts)
/* eslint-disable @typescript-eslint/no-require-imports */
const { RecordBatch: encodeBatch } = require('kafkajs/src/protocol/recordBatch/v0') as {
  RecordBatch: (batch: object) => Promise<{ buffer: Buffer }>;
};
const encodeRecord = require('kafkajs/src/protocol/recordBatch/record/v0') as (record: object) => unknown;
const Long = require('kafkajs/src/utils/long') as { fromValue(value: number | string): unknown };
/* eslint-enable @typescript-eslint/no-require-imports */

const { contracts } = testContracts();
const envelopes = new EnvelopeFactory(new EventCatalog(contracts), 'test', { now: () => new Date() });

/** One Kafka record batch of things with these `n`s, at offsets from 0, as a worker gets it. */
async function batchOf(ns: readonly number[], ids: string[] = []): Promise<Uint8Array> {
  const records = ns.map((n, offsetDelta) => {
    const event = envelopes.create({ type: THING_HAPPENED, data: { key: 'k', n } });
    ids.push(event.id);
    const wire = encodeCloudEvent(event);
    return encodeRecord({ offsetDelta, key: Buffer.from('k'), value: wire.value, headers: wire.headers });
  });
  const encoded = await encodeBatch({
    firstOffset: Long.fromValue(0),
    lastOffsetDelta: ns.length - 1,
    compression: 0,
    transactional: false,
    producerId: Long.fromValue(-1),
    records,
  });
  return new Uint8Array(encoded.buffer);
}

describe('ReducerPool', () => {
  const pool = new ReducerPool<number[]>(require.resolve('./support/exiting-reducer'), 1);
  afterAll(() => pool.close());

  const task = async (ns: number[], ids?: string[]) => ({
    topic: 't',
    partition: 0,
    from: 0,
    until: ns.length,
    bytes: await batchOf(ns, ids),
  });

  it('starts its workers up front and says when a reducer cannot be loaded', async () => {
    await expect(pool.start()).resolves.toBeUndefined();
    const broken = new ReducerPool(require.resolve('./support/no-reducer'), 1);
    try {
      await expect(broken.start()).rejects.toThrow(/exports no eventReducer/);
    } finally {
      await broken.close();
    }
  }, 30_000);

  it('decodes, checks and reduces a batch in a worker thread, with the id keys and offsets of its events', async () => {
    const ids: string[] = [];
    const answer = await pool.reduce(await task([1, 2, 3], ids));
    answer.release();
    expect(answer.summary).toEqual([1, 2, 3]);
    expect(answer.keys.count).toBe(3);
    expect([...answer.keys.offsets]).toEqual([0, 1, 2]);
    expect([0, 1, 2].map((i) => eventKeyText(answer.keys.bytes, i * 16))).toEqual(ids);
    expect(answer.rejected).toEqual([]);
  }, 30_000);

  it('reduces a batch again without the events the consumer drops', async () => {
    const answer = await pool.reduce(await task([4, 5, 6]));
    expect(await answer.again([1])).toEqual([4, 6]);
  }, 30_000);

  it('gets each batch buffer back once the batch is done with, and fills it with the next batch', async () => {
    const spare = pool.spareBuffers;
    const first = await task([20, 21]);
    const bytes = pool.bytesFor(first.bytes.length);
    bytes.set(first.bytes);
    const answer = await pool.reduce({ ...first, bytes });
    expect(bytes.byteLength).toBe(0); // handed over to the worker
    answer.release();
    await waitFor(() => pool.spareBuffers === spare + 1, { message: 'the buffer handed back' });
    const second = await task([22]);
    const again = pool.bytesFor(second.bytes.length);
    expect(pool.spareBuffers).toBe(spare); // the spare one
    again.set(second.bytes);
    const next = await pool.reduce({ ...second, bytes: again });
    next.release();
    expect(next.summary).toEqual([22]);
  }, 30_000);

  it('fails the batches of a worker that dies, and replaces the worker for the next one', async () => {
    const earlier = await pool.reduce(await task([10, 11]));
    await expect(pool.reduce(await task([7, KILLS_WORKER]))).rejects.toThrow(/reducer worker exited/);
    // a follow-up to the dead worker fails at once instead of waiting for an answer that cannot come
    await expect(earlier.again([0])).rejects.toThrow(/reducer worker exited/);
    const answer = await pool.reduce(await task([8, 9]));
    answer.release();
    expect(answer.summary).toEqual([8, 9]);
  }, 30_000);
});
