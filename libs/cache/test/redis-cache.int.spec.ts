import { Redis } from 'ioredis';
import { register, type Counter } from 'prom-client';
import { freePort, infrastructure, uniqueName, waitFor } from '@d06/testing';
import { CACHE_METRIC_NAMES, CacheErrorCode, RedisCache, type Cache } from '../src';
import { describeCacheContract, requestCount } from './cache.contract';

/** Removes every key under the prefixes a test used (SCAN, never KEYS, so a shared Redis is not blocked). */
async function removeKeys(admin: Redis, prefixes: Iterable<string>): Promise<void> {
  for (const prefix of prefixes) {
    const escaped = prefix.replace(/[*?[\]\\]/g, '\\$&');
    for await (const keys of admin.scanStream({ match: `${escaped}*`, count: 500 })) {
      if ((keys as string[]).length > 0) await admin.del(...(keys as string[]));
    }
  }
}

describeCacheContract('Redis', async () => {
  const { redisUrl } = infrastructure();
  const admin = new Redis(redisUrl);
  const caches: Cache[] = [];
  const prefixes = new Set<string>();
  return {
    create: (options) => {
      const cache = new RedisCache({ ...options, redisUrl });
      caches.push(cache);
      prefixes.add(options.prefix);
      return cache;
    },
    dispose: async () => {
      await Promise.all(caches.map((cache) => cache.close()));
      await removeKeys(admin, prefixes);
      await admin.quit();
    },
  };
});

describe('Redis cache on a real server', () => {
  let admin: Redis;
  let prefix: string;
  const caches: Cache[] = [];
  const open = (options: Partial<ConstructorParameters<typeof RedisCache>[0]> = {}): RedisCache => {
    const cache = new RedisCache({ prefix, redisUrl: infrastructure().redisUrl, ...options });
    caches.push(cache);
    return cache;
  };

  beforeEach(() => {
    admin = new Redis(infrastructure().redisUrl);
    prefix = `${uniqueName('cache')}:`;
  });

  afterEach(async () => {
    await Promise.all(caches.splice(0).map((cache) => cache.close()));
    await removeKeys(admin, [prefix]);
    await admin.quit();
  });

  it('stores JSON under the prefixed key with the TTL in milliseconds', async () => {
    const cache = open();
    await cache.set('citizen:038090001234', { fullName: 'Nguyễn Văn An' }, 60);
    expect(await admin.get(`${prefix}citizen:038090001234`)).toBe('{"fullName":"Nguyễn Văn An"}');
    const pttl = await admin.pttl(`${prefix}citizen:038090001234`);
    expect(pttl).toBeGreaterThan(55_000);
    expect(pttl).toBeLessThanOrEqual(60_000);
    expect(await admin.exists('citizen:038090001234')).toBe(0);
  });

  it('shares entries between replicas: what one loaded, another reads without loading', async () => {
    const replicaA = open();
    const replicaB = open();
    const load = jest.fn(async () => ({ card: 'TE1380123456789' }));
    expect(await replicaA.getOrLoad('bhyt:038324001234', load)).toEqual({ card: 'TE1380123456789' });
    expect(await replicaB.getOrLoad('bhyt:038324001234', load)).toEqual({ card: 'TE1380123456789' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('connects on its first command, named after the cache, and disconnects on close', async () => {
    const name = uniqueName('lazy');
    const connected = async () => ((await admin.client('LIST')) as string).includes(`name=${name} `);
    const cache = open({ name });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await connected()).toBe(false);
    expect(await cache.get('k')).toBeUndefined();
    expect(await connected()).toBe(true);
    await cache.close();
    await waitFor(async () => !(await connected()), { message: 'the cache connection is gone' });
    expect(await cache.isReady()).toBe(false);
  });
});

describe('Redis cache with Redis unreachable', () => {
  let cache: RedisCache;
  let name: string;

  beforeEach(async () => {
    name = uniqueName('cache_down');
    cache = new RedisCache({ prefix: `${name}:`, name, redisUrl: `redis://127.0.0.1:${await freePort()}` });
  });

  afterEach(() => cache.close());

  async function errorCount(operation: 'read' | 'write'): Promise<number> {
    const counter = register.getSingleMetric(CACHE_METRIC_NAMES.errors) as Counter | undefined;
    const values = (await counter?.get())?.values ?? [];
    return values.find((v) => v.labels.cache === name && v.labels.operation === operation)?.value ?? 0;
  }

  it('falls back to the loader for getOrLoad, counting misses and store errors', async () => {
    const load = jest.fn(async () => ({ idNumber: '038090001234' }));
    expect(await cache.getOrLoad('citizen', load)).toEqual({ idNumber: '038090001234' });
    expect(await cache.getOrLoad('citizen', load)).toEqual({ idNumber: '038090001234' });
    expect(load).toHaveBeenCalledTimes(2);
    expect(await requestCount(name, 'miss')).toBe(2);
    expect(await errorCount('read')).toBe(2);
    expect(await errorCount('write')).toBe(2);
  }, 5_000);

  it('reports not ready and lets plain reads fail', async () => {
    expect(await cache.isReady()).toBe(false);
    await expect(cache.get('citizen')).rejects.toThrow();
    await expect(cache.get('citizen')).rejects.not.toThrow(
      expect.objectContaining({ code: CacheErrorCode.Closed }),
    );
  }, 5_000);
});
