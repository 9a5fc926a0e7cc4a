import { CacheErrorCode } from '../cache.errors';
import { LruTtlStore } from './lru-ttl-store';

describe('LruTtlStore', () => {
  let now: number;
  const clock = () => now;
  beforeEach(() => (now = 1_000_000));

  it('keeps an entry until its TTL has passed, to the millisecond', () => {
    const store = new LruTtlStore(10, clock);
    store.set('k', '"v"', 500);
    now += 499;
    expect(store.get('k')).toBe('"v"');
    now += 1;
    expect(store.get('k')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('keeps an entry without TTL indefinitely', () => {
    const store = new LruTtlStore(10, clock);
    store.set('k', '1');
    now += 10 * 365 * 24 * 3600 * 1000;
    expect(store.get('k')).toBe('1');
  });

  it('restarts the TTL when an entry is set again', () => {
    const store = new LruTtlStore(10, clock);
    store.set('k', '1', 100);
    now += 90;
    store.set('k', '2', 100);
    now += 90;
    expect(store.get('k')).toBe('2');
  });

  it('evicts the least recently used entry, reads counting as use', () => {
    const store = new LruTtlStore(3, clock);
    store.set('a', '1');
    store.set('b', '2');
    store.set('c', '3');
    store.get('a');
    store.set('d', '4');
    expect(store.size).toBe(3);
    expect(store.get('b')).toBeUndefined();
    store.set('e', '5');
    expect(store.get('c')).toBeUndefined();
    expect([store.get('a'), store.get('d'), store.get('e')]).toEqual(['1', '4', '5']);
  });

  it('counts a rewrite as use, without growing', () => {
    const store = new LruTtlStore(2, clock);
    store.set('a', '1');
    store.set('b', '2');
    store.set('a', '3');
    store.set('c', '4');
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBe('3');
  });

  it('reports a delete only for a live entry', () => {
    const store = new LruTtlStore(10, clock);
    store.set('live', '1');
    store.set('stale', '1', 10);
    now += 10;
    expect(store.delete('live')).toBe(true);
    expect(store.delete('live')).toBe(false);
    expect(store.delete('stale')).toBe(false);
    expect(store.size).toBe(0);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses maxEntries %p', (maxEntries) => {
    expect(() => new LruTtlStore(maxEntries)).toThrow(
      expect.objectContaining({ code: CacheErrorCode.InvalidOption }),
    );
  });

  it('keeps nothing for a TTL of 0 or less, and forgets what the key held', () => {
    const store = new LruTtlStore<{ sub: string }>(10, () => 0);
    store.set('t1', { sub: 'alice' }, 1_000);
    store.set('t1', { sub: 'alice' }, 0);
    store.set('t2', { sub: 'bob' }, -5);
    expect([store.get('t1'), store.get('t2'), store.size]).toEqual([undefined, undefined, 0]);
  });
});
