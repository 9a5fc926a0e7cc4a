import { register, type Counter } from 'prom-client';
import { uniqueName } from '@d06/testing';
import { CACHE_METRIC_NAMES, CacheError, CacheErrorCode, type Cache } from '../src';

/** A store both adapters are tested on: caches it creates share its keyspace, as caches share one Redis. */
export interface CacheBackend {
  create(options: { prefix: string; name?: string; defaultTtlSeconds?: number }): Cache;
  /** Closes what `create` made and removes what the test stored. */
  dispose(): Promise<void>;
}

export type CacheBackendFactory = () => Promise<CacheBackend>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A load that resolves after `ms` to `value` and counts its calls. */
function slowLoad<T>(value: T, ms = 30): jest.Mock<Promise<T>, []> {
  return jest.fn(async () => {
    await sleep(ms);
    return value;
  });
}

export async function requestCount(cache: string, result: 'hit' | 'miss'): Promise<number> {
  const counter = register.getSingleMetric(CACHE_METRIC_NAMES.requests) as Counter | undefined;
  const values = (await counter?.get())?.values ?? [];
  return values.find((v) => v.labels.cache === cache && v.labels.result === result)?.value ?? 0;
}

/** The behaviour every Cache adapter must share, run against each. */
export function describeCacheContract(
  adapter: string,
  factory: CacheBackendFactory,
  timeoutMs = 10_000,
): void {
  describe(`${adapter} cache`, () => {
    let backend: CacheBackend;
    let name: string;
    let cache: Cache;

    beforeEach(async () => {
      backend = await factory();
      name = uniqueName('cache');
      cache = backend.create({ prefix: `${name}:`, name });
    }, timeoutMs);

    afterEach(() => backend.dispose(), timeoutMs);

    it('gets what was set, and undefined for what was not', async () => {
      await cache.set('citizen:038090001234', { fullName: 'Nguyễn Văn An' });
      expect(await cache.get('citizen:038090001234')).toEqual({ fullName: 'Nguyễn Văn An' });
      expect(await cache.get('citizen:038090009999')).toBeUndefined();
      await cache.set('citizen:038090001234', { fullName: 'Nguyễn Văn Bình' });
      expect(await cache.get('citizen:038090001234')).toEqual({ fullName: 'Nguyễn Văn Bình' });
    });

    it('deletes keys and counts only those that existed', async () => {
      await cache.set('a', 1);
      await cache.set('b', 2);
      await cache.set('c', 3);
      expect(await cache.delete('a', 'b', 'missing')).toBe(2);
      expect(await cache.get('a')).toBeUndefined();
      expect(await cache.get('b')).toBeUndefined();
      expect(await cache.get('c')).toBe(3);
      expect(await cache.delete()).toBe(0);
      expect(await cache.delete('a')).toBe(0);
    });

    it('round-trips nested values as JSON, null included, and hands out copies', async () => {
      const value = {
        a: [1, { b: 'Thanh Hóa', c: null }],
        d: true,
        n: 1.5,
        on: new Date('2024-09-03T01:15:00Z'),
      };
      await cache.set('nested', value);
      const read = await cache.get<{ a: [number, { b: string }]; on: string }>('nested');
      expect(read).toEqual({
        a: [1, { b: 'Thanh Hóa', c: null }],
        d: true,
        n: 1.5,
        on: '2024-09-03T01:15:00.000Z',
      });
      read!.a[1].b = 'changed';
      expect(await cache.get('nested')).toMatchObject({ a: [1, { b: 'Thanh Hóa' }] });
      await cache.set('nothing', null);
      expect(await cache.get('nothing')).toBeNull();
    });

    it('forgets an entry when its TTL runs out, and keeps one without', async () => {
      await cache.set('short', 'v', 0.3);
      await cache.set('kept', 'v');
      expect(await cache.get('short')).toBe('v');
      await sleep(450);
      expect(await cache.get('short')).toBeUndefined();
      expect(await cache.get('kept')).toBe('v');
      expect(await cache.delete('short')).toBe(0);
    });

    it('applies its default TTL to entries stored without one', async () => {
      const shortLived = backend.create({ prefix: `${name}:default-ttl:`, defaultTtlSeconds: 0.3 });
      await shortLived.set('k', 1);
      await shortLived.getOrLoad('loaded', async () => 2);
      await shortLived.set('longer', 3, 5);
      await sleep(450);
      expect(await shortLived.get('k')).toBeUndefined();
      expect(await shortLived.get('loaded')).toBeUndefined();
      expect(await shortLived.get('longer')).toBe(3);
    });

    it('keeps caches with different prefixes apart', async () => {
      const other = backend.create({ prefix: `${name}-other:` });
      await cache.set('k', 'mine');
      expect(await other.get('k')).toBeUndefined();
      await other.set('k', 'theirs');
      expect(await cache.get('k')).toBe('mine');
      expect(await other.delete('k')).toBe(1);
      expect(await cache.get('k')).toBe('mine');
    });

    it('loads a miss once for 10 concurrent callers, then serves it from the cache', async () => {
      const load = slowLoad({ idNumber: '038090001234', province: '038' });
      const results = await Promise.all(Array.from({ length: 10 }, () => cache.getOrLoad('hot', load)));
      expect(load).toHaveBeenCalledTimes(1);
      expect(results).toHaveLength(10);
      for (const result of results) expect(result).toEqual({ idNumber: '038090001234', province: '038' });
      expect(new Set(results).size).toBe(10);
      expect(await cache.get('hot')).toEqual({ idNumber: '038090001234', province: '038' });
      expect(await cache.getOrLoad('hot', load)).toEqual({ idNumber: '038090001234', province: '038' });
      expect(load).toHaveBeenCalledTimes(1);
    });

    it('counts hits and misses per cache', async () => {
      await cache.getOrLoad('k', async () => 'v');
      await cache.getOrLoad('k', async () => 'v');
      await cache.get('k');
      await cache.get('absent');
      expect(await requestCount(name, 'miss')).toBe(2);
      expect(await requestCount(name, 'hit')).toBe(2);
    });

    it('does not cache an undefined load result', async () => {
      const load = jest.fn(async (): Promise<string | undefined> => undefined);
      expect(await cache.getOrLoad('unknown', load)).toBeUndefined();
      expect(await cache.getOrLoad('unknown', load)).toBeUndefined();
      expect(load).toHaveBeenCalledTimes(2);
      expect(await cache.get('unknown')).toBeUndefined();
    });

    it('rejects every caller of a failing load, caches nothing and loads again next time', async () => {
      const failing = jest.fn(async () => {
        await sleep(20);
        throw new Error('population DB down');
      });
      const calls = Array.from({ length: 3 }, () => cache.getOrLoad('flaky', failing));
      for (const call of calls) await expect(call).rejects.toThrow('population DB down');
      expect(failing).toHaveBeenCalledTimes(1);
      expect(await cache.getOrLoad('flaky', async () => 'recovered')).toBe('recovered');
      expect(await cache.get('flaky')).toBe('recovered');
    });

    it('expires a loaded value after the TTL given to getOrLoad', async () => {
      await cache.getOrLoad('ttl', async () => 1, 0.3);
      await sleep(450);
      expect(await cache.getOrLoad('ttl', async () => 2)).toBe(2);
    });

    it('refuses undefined values, empty keys and non-positive TTLs', async () => {
      const code = (c: CacheErrorCode) => expect.objectContaining({ code: c }) as Error;
      await expect(cache.set('k', undefined)).rejects.toThrow(code(CacheErrorCode.InvalidValue));
      await expect(cache.set('k', 10n)).rejects.toThrow(code(CacheErrorCode.InvalidValue));
      await expect(cache.get('')).rejects.toThrow(code(CacheErrorCode.InvalidKey));
      await expect(cache.set('k', 1, 0)).rejects.toThrow(code(CacheErrorCode.InvalidOption));
      await expect(cache.getOrLoad('k', async () => 1, -1)).rejects.toThrow(
        code(CacheErrorCode.InvalidOption),
      );
      expect(await cache.get('k')).toBeUndefined();
    });

    it('is ready until closed, then refuses calls', async () => {
      expect(await cache.isReady()).toBe(true);
      await cache.close();
      await cache.close();
      expect(await cache.isReady()).toBe(false);
      await expect(cache.get('k')).rejects.toThrow(CacheError);
      await expect(cache.getOrLoad('k', async () => 1)).rejects.toThrow(
        expect.objectContaining({ code: CacheErrorCode.Closed }),
      );
    });
  });
}
