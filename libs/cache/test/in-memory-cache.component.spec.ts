import { InMemoryCache, LruTtlStore, type Cache } from '../src';
import { describeCacheContract } from './cache.contract';

describeCacheContract('in-memory', async () => {
  const store = new LruTtlStore();
  const caches: Cache[] = [];
  return {
    create: (options) => {
      const cache = new InMemoryCache({ ...options, store });
      caches.push(cache);
      return cache;
    },
    dispose: async () => {
      await Promise.all(caches.map((cache) => cache.close()));
      store.clear();
    },
  };
});

describe('in-memory cache bound', () => {
  it('evicts the least recently used entry beyond maxEntries', async () => {
    const cache = new InMemoryCache({ prefix: 'lru:', maxEntries: 3 });
    await cache.set('a', 1);
    await cache.set('b', 2);
    await cache.set('c', 3);
    expect(await cache.get('a')).toBe(1); // a is now the most recently used, b the least
    await cache.set('d', 4);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(1);
    expect(await cache.get('c')).toBe(3);
    expect(await cache.get('d')).toBe(4);
    await cache.close();
  });

  it('counts a loaded value against the bound like a set one', async () => {
    const cache = new InMemoryCache({ prefix: 'lru:', maxEntries: 2 });
    await cache.getOrLoad('a', async () => 1);
    await cache.getOrLoad('b', async () => 2);
    await cache.getOrLoad('c', async () => 3);
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('c')).toBe(3);
    await cache.close();
  });
});
