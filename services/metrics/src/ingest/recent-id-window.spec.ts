import { EventKeyList, eventKeyText, type EventKeys } from '@d06/messaging';
import { decodeEntries, encodeBlock, type WindowBlock } from '../store/dedupe-window.store';
import { RecentIdWindow, type WindowBatch } from './recent-id-window';

interface WindowEntry {
  readonly key: string;
  readonly offset: number;
}

const id = (n: number): string => `0192f3c4-5a6b-7c8d-9e0f-${String(n).padStart(12, '0')}`;
/** A partition's log: mostly new ids, with copies of earlier ones at chosen offsets. */
function log(length: number, copies: Record<number, number>): WindowEntry[] {
  return Array.from({ length }, (_, offset) => ({ key: id(copies[offset] ?? offset), offset }));
}
const keysOf = (entries: readonly WindowEntry[]): EventKeys => {
  const keys = new EventKeyList();
  for (const { key, offset } of entries) keys.add(key, offset);
  return keys;
};
const entriesOf = (keys: EventKeys): WindowEntry[] =>
  Array.from({ length: keys.count }, (_, i) => ({
    key: eventKeyText(keys.bytes, i * 16),
    offset: keys.offsets[i],
  }));
/** Screens one id as the consumer does: by its key. */
const screen = (batch: WindowBatch, key: string, offset: number): boolean =>
  batch.isDuplicate(keysOf([{ key, offset }]).bytes, 0, offset);

/**
 * Feeds a log to a window in committed batches of `size` (each screened, then taken in), as the projection does;
 * returns the duplicate verdict of each offset and the stored block of each batch.
 */
function run(
  window: RecentIdWindow,
  entries: readonly WindowEntry[],
  size: number,
): { flags: boolean[]; blocks: WindowBlock[] } {
  const flags: boolean[] = [];
  const blocks: WindowBlock[] = [];
  for (let start = 0; start < entries.length; start += size) {
    const batch = window.begin();
    for (const { key, offset } of entries.slice(start, start + size)) flags.push(screen(batch, key, offset));
    blocks.push(encodeBlock(batch.sightings)!);
    batch.commit(Math.min(start + size, entries.length) + entries[0].offset);
  }
  return { flags, blocks };
}
const duplicatesAt = (flags: boolean[], first = 0): number[] =>
  flags.flatMap((duplicate, i) => (duplicate ? [first + i] : []));

describe('RecentIdWindow', () => {
  it('screens out a copy within the window and counts one beyond it (the documented bound)', () => {
    // offset 50 repeats offset 40 (10 back); offset 150 repeats offset 20 (130 back, beyond a window of 100)
    const { flags } = run(new RecentIdWindow(100), log(200, { 50: 40, 150: 20 }), 7);
    expect(duplicatesAt(flags)).toEqual([50]);
  });

  it('measures the bound from the latest sighting, so repeated retries keep being recognised', () => {
    // id 0 at offsets 0, 90, 180: each copy is within 100 of the one before
    const { flags } = run(new RecentIdWindow(100), log(200, { 90: 0, 180: 0 }), 25);
    expect(duplicatesAt(flags)).toEqual([90, 180]);
  });

  it('decides the same whatever the batching (replays and restarts use other batch sizes)', () => {
    const copies: Record<number, number> = {};
    for (let offset = 3; offset < 3_000; offset += 17) copies[offset] = offset - ((offset * 7) % 160);
    const entries = log(3_000, copies);
    const bySeven = run(new RecentIdWindow(150), entries, 7).flags;
    expect(run(new RecentIdWindow(150), entries, 1).flags).toEqual(bySeven);
    expect(run(new RecentIdWindow(150), entries, 1_000).flags).toEqual(bySeven);
    expect(bySeven.filter(Boolean).length).toBeGreaterThan(100);
  });

  it('catches a copy inside the same batch, and forgets a batch that did not commit', () => {
    const window = new RecentIdWindow(10);
    run(window, log(2, {}), 2); // offsets 0 and 1 committed
    const batch = window.begin();
    const flags = log(5, { 3: 2, 4: 1 })
      .slice(2)
      .map(({ key, offset }) => screen(batch, key, offset));
    expect(flags).toEqual([false, true, true]); // 3 repeats 2 (same batch), 4 repeats 1 (committed)
    batch.undo(); // the commit failed: a retry of the batch sees only what was committed
    const retry = window.begin();
    expect([screen(retry, id(2), 2), screen(retry, id(1), 4)]).toEqual([false, true]);
    expect(window.held).toBe(3);
  });

  it('holds at most `size` offsets of ids', () => {
    const window = new RecentIdWindow(1_000);
    run(window, log(50_000, {}), 333);
    expect(window.held).toBeLessThanOrEqual(1_000);
    expect(window.held).toBeGreaterThan(600);
  });

  it('restored from its stored blocks, decides as the window that never stopped', () => {
    const entries = log(1_400, { 1_210: 1_150, 1_260: 1_100, 1_300: 1_000 });
    const continuous = run(new RecentIdWindow(200), entries, 50).flags;

    // first life up to offset 1 200, storing a block per batch; then a crash, and a restore from the blocks
    const { blocks } = run(new RecentIdWindow(200), entries.slice(0, 1_200), 50);
    const restored = new RecentIdWindow(200);
    for (const block of blocks.filter((b) => b.last >= 1_200 - 200))
      restored.takeIn(decodeEntries(block.entries, block.first), 1_200);

    const after = run(restored, entries.slice(1_200), 50).flags;
    expect(after).toEqual(continuous.slice(1_200));
    expect(duplicatesAt(after, 1_200)).toEqual([1_210, 1_260]); // 1 300 repeats 1 000: beyond the window
  });

  it('stores 20 bytes per id and reads them back', () => {
    const sightings = [
      { key: 'ffffffff-0000-7abc-8def-0123456789ab', offset: 1_000_000_000_007 },
      { key: id(42), offset: 1_000_000_000_010 },
    ];
    const block = encodeBlock(keysOf(sightings))!;
    expect(block.entries).toHaveLength(40);
    expect(entriesOf(decodeEntries(block.entries, block.first))).toEqual(sightings);
  });
});
