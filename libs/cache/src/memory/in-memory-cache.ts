import { BaseCache } from '../base-cache';
import { CacheError, CacheErrorCode } from '../cache.errors';
import type { CacheOptions } from '../cache.port';
import { LruTtlStore } from './lru-ttl-store';

export interface InMemoryCacheOptions extends CacheOptions {
  /** Most entries kept before the least recently used is evicted (default 100 000). */
  readonly maxEntries?: number;
  /**
   * A store shared with other caches (distinct prefixes), as caches share one Redis; by default the cache owns
   * a store of its own and clears it on close.
   */
  readonly store?: LruTtlStore;
}

/** The cache of embedded mode and tests: process memory, TTL honoured, bounded with LRU eviction. */
export class InMemoryCache extends BaseCache {
  private readonly store: LruTtlStore;
  private readonly ownsStore: boolean;

  constructor(options: InMemoryCacheOptions) {
    super(options);
    if (options.store && options.maxEntries !== undefined) {
      throw new CacheError(
        CacheErrorCode.InvalidOption,
        'maxEntries is the shared store’s: give one or the other',
      );
    }
    this.ownsStore = options.store === undefined;
    this.store = options.store ?? new LruTtlStore(options.maxEntries);
  }

  protected readRaw(fullKey: string): Promise<string | undefined> {
    return Promise.resolve(this.store.get(fullKey));
  }

  protected writeRaw(fullKey: string, json: string, ttlMs: number | undefined): Promise<void> {
    this.store.set(fullKey, json, ttlMs);
    return Promise.resolve();
  }

  protected deleteRaw(fullKeys: string[]): Promise<number> {
    return Promise.resolve(fullKeys.filter((key) => this.store.delete(key)).length);
  }

  protected ping(): Promise<boolean> {
    return Promise.resolve(true);
  }

  protected shutdown(): Promise<void> {
    if (this.ownsStore) this.store.clear();
    return Promise.resolve();
  }
}
