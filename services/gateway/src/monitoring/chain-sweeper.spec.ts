import type { MessageLogEntry } from '../message-log/message-log-entry';
import { logEntry } from '../message-log/message-log-entry.fixture';
import { ChainSweeper } from './chain-sweeper';
import type { LogFollower } from './log-follower';
import type { RecordSink } from './record-sink';

function entry(id: string): MessageLogEntry {
  return logEntry({ messageId: id, method: 'GET' });
}

describe('ChainSweeper', () => {
  it('ships the chains no live process ships, from their stored positions, and leaves live chains alone', async () => {
    const logs: Record<string, number> = { 'lgsp:node-1:0': 5, 'lgsp:node-1:1': 4, 'lgsp:node-2:0': 2 };
    const positions: Record<string, number> = { 'lgsp:node-1:0': 1, 'lgsp:node-1:1': 1, 'lgsp:node-2:0': 0 };
    const follower = {
      chains: async () => Object.entries(positions).map(([chain, seq]) => ({ chain, seq })),
      save: async (chain: string, seq: number) => void (positions[chain] = seq),
      entriesAfter: async (chain: string, after: number, _upTo: undefined, limit: number) =>
        Array.from({ length: Math.max(0, Math.min(logs[chain], after + limit) - after) }, (_, i) => ({
          seq: after + 1 + i,
          hash: `${chain}#${after + 1 + i}`,
          entry: entry(`${chain}#${after + 1 + i}`),
        })),
    };
    const published: string[] = [];
    const sink: RecordSink<string> = {
      encode: (e) => e.messageId,
      publish: async (records) => void published.push(...records),
      close: async () => undefined,
    };
    const sweeper = new ChainSweeper(
      follower as unknown as LogFollower,
      sink,
      (chain) => chain === 'lgsp:node-1:0',
      { batchMax: 2, idleMs: 10 },
    );
    expect(await sweeper.shipAll()).toBe(5);
    expect(published.sort()).toEqual([
      'lgsp:node-1:1#2',
      'lgsp:node-1:1#3',
      'lgsp:node-1:1#4',
      'lgsp:node-2:0#1',
      'lgsp:node-2:0#2',
    ]);
    expect(positions).toEqual({ 'lgsp:node-1:0': 1, 'lgsp:node-1:1': 4, 'lgsp:node-2:0': 2 });
  });
});
