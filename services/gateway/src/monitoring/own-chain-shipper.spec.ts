import type { MessageLogEntry } from '../message-log/message-log-entry';
import { logEntry } from '../message-log/message-log-entry.fixture';
import type { LogFollower } from './log-follower';
import { OwnChainShipper } from './own-chain-shipper';
import type { RecordSink } from './record-sink';

const CHAIN = 'lgsp:node-1:0';

function entry(n: number, method = 'POST'): MessageLogEntry {
  return logEntry({ messageId: `m-${n}`, method, cacheHit: true });
}

/** A log of `stored` entries (seq 1…n), a stored position, and a sink that records what it published. */
function world(stored: number, position: number) {
  const state = { position, saves: [] as number[], reads: 0 };
  const follower = {
    position: async () => state.position,
    save: async (_chain: string, seq: number) => {
      state.saves.push(seq);
      state.position = Math.max(state.position, seq);
    },
    entriesAfter: async (_chain: string, after: number, upTo: number | undefined, limit: number) => {
      state.reads += 1;
      const last = Math.min(upTo ?? stored, stored, after + limit);
      return Array.from({ length: Math.max(0, last - after) }, (_, i) => ({
        seq: after + 1 + i,
        hash: `h${after + 1 + i}`,
        entry: entry(after + 1 + i),
      }));
    },
  };
  const published: string[] = [];
  let failures = 0;
  const sink: RecordSink<string> = {
    encode: (e, hash) => `${hash}:${e.messageId}`,
    publish: async (records) => {
      if (failures > 0) {
        failures -= 1;
        throw new Error('broker down');
      }
      published.push(...records);
    },
    close: async () => undefined,
  };
  const shipper = new OwnChainShipper(CHAIN, follower as unknown as LogFollower, sink, {
    batchMax: 3,
    lingerMs: 0,
    maxBuffered: 5,
    savePositionMs: 0,
  });
  return { shipper, state, published, failWith: (n: number) => (failures = n) };
}

/** What the writer does for one committed batch: chain each entry through the tap, then report the commit. */
function commit(shipper: OwnChainShipper<string>, from: number, to: number, method = 'POST'): void {
  const tapped = [];
  for (let seq = from; seq <= to; seq++) tapped.push(shipper.chained(entry(seq, method), `h${seq}`));
  shipper.committed(from, to, tapped);
}

describe('OwnChainShipper', () => {
  it('first re-sends what the log holds after the stored position, then publishes committed records from memory', async () => {
    const { shipper, state, published } = world(4, 2);
    await shipper.start(4);
    commit(shipper, 5, 6);
    await shipper.flush();
    expect(published).toEqual(['h3:m-3', 'h4:m-4', 'h5:m-5', 'h6:m-6']);
    expect(state.position).toBe(6);
    expect(state.reads).toBe(1); // only the catch-up read the log
    await shipper.stop();
  });

  it('reads back from the log what did not fit in memory, in order, losing and doubling nothing', async () => {
    const { shipper, published } = world(12, 0);
    await shipper.start(0);
    commit(shipper, 1, 4);
    commit(shipper, 5, 8); // over maxBuffered: left to the log
    commit(shipper, 9, 12);
    await shipper.flush();
    expect(published).toEqual(Array.from({ length: 12 }, (_, i) => `h${i + 1}:m-${i + 1}`));
    await shipper.stop();
  });

  it('keeps its position through a failed publish and sends the same records again', async () => {
    const { shipper, state, published, failWith } = world(0, 0);
    await shipper.start(0);
    commit(shipper, 1, 2);
    failWith(1);
    await expect(shipper.flush()).rejects.toThrow('could not be published');
    expect(state.position).toBe(0);
    await shipper.flush();
    expect(published).toEqual(['h1:m-1', 'h2:m-2']);
    expect(state.position).toBe(2);
    await shipper.stop();
  });

  it('moves past entries whose method the record contract does not know, without a record', async () => {
    const { shipper, state, published } = world(0, 0);
    await shipper.start(0);
    commit(shipper, 1, 1, 'OPTIONS');
    commit(shipper, 2, 2);
    await shipper.flush();
    expect(published).toEqual(['h2:m-2']);
    expect(state.position).toBe(2);
    await shipper.stop();
  });
});
