import { cacheCounters, type CacheCounters } from './cache-metrics';
import { CacheError, CacheErrorCode } from './cache.errors';
import type { Cache, CacheOptions } from './cache.port';
import { SingleFlight } from './single-flight';

/** What one read-through produced, shared by every caller that joined it; each caller parses its own copy. */
interface ReadThrough {
  readonly hit: boolean;
  readonly json: string | undefined;
}

/**
 * What both adapters share: key prefixing, argument checks, JSON encoding, hit/miss counting and the
 * single-flight read-through. An adapter only moves JSON strings in and out of its store under full keys.
 */
export abstract class BaseCache implements Cache {
  protected readonly prefix: string;
  /** The `cache` label of its metrics. */
  protected readonly name: string;
  private readonly defaultTtlMs: number | undefined;
  private readonly counters: CacheCounters;
  private readonly flights = new SingleFlight();
  private closed = false;

  protected constructor(options: CacheOptions) {
    if (typeof options.prefix !== 'string' || options.prefix === '') {
      throw new CacheError(CacheErrorCode.InvalidKey, 'a cache needs a non-empty key prefix');
    }
    this.prefix = options.prefix;
    this.defaultTtlMs = toTtlMs(options.defaultTtlSeconds, 'defaultTtlSeconds');
    this.name = options.name ?? (options.prefix.replace(/:+$/, '') || options.prefix);
    this.counters = cacheCounters(this.name);
  }

  protected abstract readRaw(fullKey: string): Promise<string | undefined>;
  protected abstract writeRaw(fullKey: string, json: string, ttlMs: number | undefined): Promise<void>;
  protected abstract deleteRaw(fullKeys: string[]): Promise<number>;
  protected abstract ping(): Promise<boolean>;
  protected abstract shutdown(): Promise<void>;

  async get<T>(key: string): Promise<T | undefined> {
    const json = await this.readRaw(this.fullKey(key));
    if (json === undefined) this.counters.miss();
    else this.counters.hit();
    return parse<T>(json);
  }

  async set<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    const fullKey = this.fullKey(key);
    await this.writeRaw(fullKey, serialize(value), this.ttlMs(ttlSeconds));
  }

  async delete(...keys: string[]): Promise<number> {
    const fullKeys = keys.map((key) => this.fullKey(key));
    return fullKeys.length === 0 ? 0 : this.deleteRaw(fullKeys);
  }

  async getOrLoad<T>(
    key: string,
    load: () => Promise<T | undefined>,
    ttlSeconds?: number,
  ): Promise<T | undefined> {
    const fullKey = this.fullKey(key);
    const ttlMs = this.ttlMs(ttlSeconds);
    const outcome = await this.flights.run(fullKey, () => this.readThrough(fullKey, load, ttlMs));
    if (outcome.hit) this.counters.hit();
    else this.counters.miss();
    return parse<T>(outcome.json);
  }

  async isReady(): Promise<boolean> {
    if (this.closed) return false;
    return this.ping().catch(() => false);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.shutdown();
  }

  // A cache outage must not fail the lookup it speeds up: read and write failures fall back to the loader.
  private async readThrough<T>(
    fullKey: string,
    load: () => Promise<T | undefined>,
    ttlMs: number | undefined,
  ): Promise<ReadThrough> {
    let cached: string | undefined;
    try {
      cached = await this.readRaw(fullKey);
    } catch {
      this.counters.readFailed();
    }
    if (cached !== undefined) return { hit: true, json: cached };
    const value = await load();
    if (value === undefined) return { hit: false, json: undefined };
    const json = serialize(value);
    try {
      await this.writeRaw(fullKey, json, ttlMs);
    } catch {
      this.counters.writeFailed();
    }
    return { hit: false, json };
  }

  private fullKey(key: string): string {
    if (this.closed) throw new CacheError(CacheErrorCode.Closed, 'the cache is closed');
    if (typeof key !== 'string' || key === '') {
      throw new CacheError(CacheErrorCode.InvalidKey, 'a cache key must be a non-empty string');
    }
    return this.prefix + key;
  }

  private ttlMs(ttlSeconds: number | undefined): number | undefined {
    return ttlSeconds === undefined ? this.defaultTtlMs : toTtlMs(ttlSeconds, 'ttlSeconds');
  }
}

function toTtlMs(seconds: number | undefined, what: string): number | undefined {
  if (seconds === undefined) return undefined;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) {
    throw new CacheError(CacheErrorCode.InvalidOption, `${what} must be a positive number, got ${seconds}`);
  }
  // Milliseconds, rounded up, so a fractional TTL (short-lived entries, tests) never becomes zero.
  return Math.ceil(seconds * 1000);
}

function serialize(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CacheError(CacheErrorCode.InvalidValue, `the value cannot be cached as JSON: ${reason}`);
  }
  if (json === undefined) {
    throw new CacheError(CacheErrorCode.InvalidValue, `a ${typeof value} value cannot be cached as JSON`);
  }
  return json;
}

function parse<T>(json: string | undefined): T | undefined {
  return json === undefined ? undefined : (JSON.parse(json) as T);
}
