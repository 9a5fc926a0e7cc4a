import { CacheError, CacheErrorCode } from '../cache.errors';

interface Entry<T> {
  readonly value: T;
  /** Epoch ms after which the entry is gone; Infinity when it has no TTL. */
  readonly expiresAt: number;
}

export const DEFAULT_MAX_ENTRIES = 100_000;

/**
 * A bounded key → value map (JSON text for the in-memory cache; any value for a process's own short-lived answers,
 * such as token introspections) with per-entry TTL and least-recently-used eviction. A Map keeps insertion order, so
 * re-inserting a key on every read keeps the least recently used entry first, where eviction takes it. Expired
 * entries are dropped when touched (as Redis does on access) or when eviction reaches them.
 */
export class LruTtlStore<T = string> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    readonly maxEntries: number = DEFAULT_MAX_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) {
      throw new CacheError(
        CacheErrorCode.InvalidOption,
        `maxEntries must be a positive integer, got ${maxEntries}`,
      );
    }
  }

  get(key: string): T | undefined {
    const entry = this.live(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` for `ttlMs` (for good without one); a TTL of 0 or less keeps nothing. */
  set(key: string, value: T, ttlMs?: number): void {
    this.entries.delete(key);
    if (ttlMs !== undefined && ttlMs <= 0) return;
    this.entries.set(key, { value, expiresAt: ttlMs === undefined ? Infinity : this.now() + ttlMs });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  /** True when a live entry was removed (an expired one counts as absent, as in Redis). */
  delete(key: string): boolean {
    const existed = this.live(key) !== undefined;
    this.entries.delete(key);
    return existed;
  }

  clear(): void {
    this.entries.clear();
  }

  /** Entries held, expired ones not yet dropped included. */
  get size(): number {
    return this.entries.size;
  }

  private live(key: string): Entry<T> | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expiresAt > this.now()) return entry;
    this.entries.delete(key);
    return undefined;
  }
}
