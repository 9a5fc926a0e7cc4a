import { CacheErrorCode } from './cache.errors';
import { cacheReadiness } from './cache-readiness';
import { createCache } from './create-cache';
import { InMemoryCache } from './memory/in-memory-cache';
import { LruTtlStore } from './memory/lru-ttl-store';
import { RedisCache } from './redis/redis-cache';

// Building a Redis cache does no I/O (lazy connect), so the choice of adapter is a unit test.
describe('createCache', () => {
  it('uses Redis when a Redis URL is configured', async () => {
    const cache = createCache({ prefix: 'd06:population:', redisUrl: 'redis://127.0.0.1:6379/0' });
    expect(cache).toBeInstanceOf(RedisCache);
    await cache.close();
  });

  it.each([undefined, '', '  '])('keeps the cache in memory when the Redis URL is %p', async (redisUrl) => {
    const cache = createCache({ prefix: 'd06:population:', redisUrl, maxEntries: 2 });
    expect(cache).toBeInstanceOf(InMemoryCache);
    await cache.set('a', 1);
    await cache.set('b', 2);
    await cache.set('c', 3);
    expect(await cache.get('a')).toBeUndefined();
    await cache.close();
  });

  it.each([
    ['an empty prefix', { prefix: '' }, CacheErrorCode.InvalidKey],
    ['a zero default TTL', { prefix: 'p:', defaultTtlSeconds: 0 }, CacheErrorCode.InvalidOption],
    ['an infinite default TTL', { prefix: 'p:', defaultTtlSeconds: Infinity }, CacheErrorCode.InvalidOption],
    ['a fractional maxEntries', { prefix: 'p:', maxEntries: 2.5 }, CacheErrorCode.InvalidOption],
    [
      'a URL that is not Redis',
      { prefix: 'p:', redisUrl: 'http://127.0.0.1:6379' },
      CacheErrorCode.InvalidOption,
    ],
    ['a URL that is no URL', { prefix: 'p:', redisUrl: '127.0.0.1:6379' }, CacheErrorCode.InvalidOption],
  ])('refuses %s', (_case, options, code) => {
    expect(() => createCache(options)).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a maxEntries beside a shared store, whose bound it would not be', () => {
    const store = new LruTtlStore(10);
    expect(() => new InMemoryCache({ prefix: 'b:', maxEntries: 5, store })).toThrow(
      expect.objectContaining({ code: CacheErrorCode.InvalidOption }),
    );
  });
});

describe('cacheReadiness', () => {
  it('is a readiness check that follows the cache', async () => {
    const cache = createCache({ prefix: 'ready:' });
    const check = cacheReadiness(cache);
    expect(check.name).toBe('cache');
    expect(await check.check()).toBe(true);
    await cache.close();
    expect(await check.check()).toBe(false);
    expect(cacheReadiness(cache, 'citizen-cache').name).toBe('citizen-cache');
  });
});
