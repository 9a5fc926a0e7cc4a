import { EventKeyList } from '@d06/messaging';
import { KeyOffsetTable } from './key-offset-table';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('KeyOffsetTable', () => {
  it('agrees with a Map through growth and many deletions (clock-like uuids sharing their first bytes)', () => {
    const next = random(7);
    // UUIDv7-like: a few distinct leading (clock) parts, so only the whole key tells them apart
    const ids = Array.from(
      { length: 3_000 },
      (_, i) => `0192f3c4-5a6${i % 3}-7c8d-9e0f-${String(i).padStart(12, '0')}`,
    );
    const keys = new EventKeyList(ids.length);
    ids.forEach((id, i) => keys.add(id, i));
    const table = new KeyOffsetTable(8);
    const model = new Map<number, number>();
    for (let step = 0; step < 60_000; step++) {
      const which = Math.floor(next() * ids.length);
      const at = which * 16;
      const roll = next();
      if (roll < 0.55) {
        const offset = Math.floor(next() * 1e12);
        table.put(keys.bytes, at, offset);
        model.set(which, offset);
      } else if (roll < 0.85) {
        table.delete(keys.bytes, at);
        model.delete(which);
      } else {
        expect(table.get(keys.bytes, at)).toBe(model.get(which) ?? -1);
      }
    }
    expect(table.size).toBe(model.size);
    for (let which = 0; which < ids.length; which++)
      expect(table.get(keys.bytes, which * 16)).toBe(model.get(which) ?? -1);
  });

  it('refuses a negative offset (its mark for an empty slot)', () => {
    const keys = new EventKeyList(1);
    keys.add('0192f3c4-5a6b-7c8d-9e0f-123456789abc', 0);
    expect(() => new KeyOffsetTable().put(keys.bytes, 0, -1)).toThrow(/negative/);
  });
});
