import { Redis } from 'ioredis';
import { BaseCache } from '../base-cache';
import { CacheError, CacheErrorCode } from '../cache.errors';
import type { CacheOptions } from '../cache.port';

export interface RedisCacheOptions extends CacheOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…`. */
  readonly redisUrl: string;
  /** A command slower than this fails (and getOrLoad falls back to its loader); default 1000 ms. */
  readonly commandTimeoutMs?: number;
}

/** Reconnect soon after a blip, then at most every 2 s, for as long as the cache is open. */
const retryStrategy = (attempt: number): number => Math.min(50 * 2 ** attempt, 2_000);

/** The cache on Redis (ioredis): shared by a service's replicas, survives their restarts. */
export class RedisCache extends BaseCache {
  private readonly client: Redis;

  constructor(options: RedisCacheOptions) {
    super(options);
    this.client = new Redis(checkedUrl(options.redisUrl), {
      // No connection until the first command: building a service (or a test module) does no I/O.
      lazyConnect: true,
      connectTimeout: 2_000,
      // Bounds how long close() leaves a half-closed socket behind (its timer would hold the process).
      disconnectTimeout: 200,
      commandTimeout: options.commandTimeoutMs ?? 1_000,
      // A command queued while connecting fails with that attempt, rather than waiting through reconnections.
      maxRetriesPerRequest: 0,
      retryStrategy,
      connectionName: connectionName(this.name),
      // Concurrent lookups share one round trip: what the load-test hot paths need.
      enableAutoPipelining: true,
    });
    // Failures reach callers through their commands and isReady(); without a listener ioredis prints each one.
    this.client.on('error', () => undefined);
  }

  protected async readRaw(fullKey: string): Promise<string | undefined> {
    this.ensureReachable();
    return (await this.client.get(fullKey)) ?? undefined;
  }

  protected async writeRaw(fullKey: string, json: string, ttlMs: number | undefined): Promise<void> {
    this.ensureReachable();
    if (ttlMs === undefined) await this.client.set(fullKey, json);
    else await this.client.set(fullKey, json, 'PX', ttlMs);
  }

  protected async deleteRaw(fullKeys: string[]): Promise<number> {
    this.ensureReachable();
    return this.client.del(...fullKeys);
  }

  protected async ping(): Promise<boolean> {
    this.ensureReachable();
    return (await this.client.ping()) === 'PONG';
  }

  protected async shutdown(): Promise<void> {
    // Never connected (lazy) or already gone: nothing to say goodbye to, and QUIT would connect first.
    if (this.client.status === 'wait' || this.client.status === 'end') {
      this.client.disconnect();
      return;
    }
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }

  /**
   * Fails fast while the connection is down between reconnection attempts: during an outage a lookup goes straight
   * to its loader instead of queueing behind the next attempt (up to the 2 s backoff).
   */
  private ensureReachable(): void {
    const status = this.client.status;
    if (status === 'reconnecting' || status === 'close') throw new Error(`Redis is unreachable (${status})`);
  }
}

/** Names the connection after the cache (CLIENT LIST shows which service holds it); no spaces allowed. */
function connectionName(name: string): string {
  return name.replace(/\s+/g, '-');
}

function checkedUrl(redisUrl: string): string {
  let protocol: string | undefined;
  try {
    protocol = new URL(redisUrl).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    throw new CacheError(CacheErrorCode.InvalidOption, 'the Redis URL must be redis://… or rediss://…');
  }
  return redisUrl;
}
