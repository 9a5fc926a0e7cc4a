// Public API of @d06/cache: a cache port for hot lookups, on Redis or process memory by configuration.
export { CACHE, type Cache, type CacheOptions } from './cache.port';
export { CacheError, CacheErrorCode } from './cache.errors';
export { createCache, type CreateCacheOptions } from './create-cache';
export { InMemoryCache, type InMemoryCacheOptions } from './memory/in-memory-cache';
export { LruTtlStore, DEFAULT_MAX_ENTRIES } from './memory/lru-ttl-store';
export { RedisCache, type RedisCacheOptions } from './redis/redis-cache';
export { CacheModule, type CacheModuleOptions } from './nest/cache.module';
export { cacheReadiness } from './cache-readiness';
export { CACHE_METRIC_NAMES } from './cache-metrics';
