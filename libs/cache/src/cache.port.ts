/**
 * The cache port: services cache hot lookups without knowing whether Redis or process memory holds them. Values
 * are stored as JSON, so what comes back is a copy with JSON's semantics (a Date comes back as its ISO string).
 */
export interface Cache {
  /** The cached value, or undefined when absent or expired. A stored `null` is a value (a hit). */
  get<T>(key: string): Promise<T | undefined>;
  /** Stores `value` (not undefined) for `ttlSeconds` (fractions allowed), else the cache's default TTL. */
  set<T>(key: string, value: T, ttlSeconds?: number): Promise<void>;
  /** Removes the keys; resolves to how many existed. */
  delete(...keys: string[]): Promise<number>;
  /**
   * Read-through: the cached value, else `load()`'s result, stored when defined. Concurrent calls for one key in
   * this process share one read and one load (single flight). A cache outage falls back to `load()`; a failing
   * `load()` rejects every waiting caller and caches nothing.
   */
  getOrLoad<T>(key: string, load: () => Promise<T | undefined>, ttlSeconds?: number): Promise<T | undefined>;
  /** True while the backing store answers (readiness). */
  isReady(): Promise<boolean>;
  /** Releases the connection or memory; later calls reject with CacheError `closed`. Idempotent. */
  close(): Promise<void>;
}

/** Injection token of the Cache that CacheModule provides. */
export const CACHE = Symbol('CACHE');

/** What every adapter is built from. */
export interface CacheOptions {
  /** Namespace of every key, e.g. `d06:population:`, so services and parallel test runs never collide. */
  readonly prefix: string;
  /** The `cache` label of its metrics (default: the prefix without its trailing colon). */
  readonly name?: string;
  /** TTL of entries stored without one; none means they live until evicted or deleted. */
  readonly defaultTtlSeconds?: number;
}
