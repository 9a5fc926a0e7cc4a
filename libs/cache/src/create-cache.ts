import type { Cache, CacheOptions } from './cache.port';
import { InMemoryCache } from './memory/in-memory-cache';
import { RedisCache } from './redis/redis-cache';

export interface CreateCacheOptions extends CacheOptions {
  /** `REDIS_URL`: Redis when set, process memory when not. */
  readonly redisUrl?: string;
  /** Bound of the in-memory adapter (default 100 000 entries); Redis is bounded by its own maxmemory policy. */
  readonly maxEntries?: number;
}

/** The cache the configuration asks for; no I/O until first used. */
export function createCache(options: CreateCacheOptions): Cache {
  const { redisUrl, maxEntries, ...common } = options;
  const url = redisUrl?.trim();
  return url ? new RedisCache({ ...common, redisUrl: url }) : new InMemoryCache({ ...common, maxEntries });
}
