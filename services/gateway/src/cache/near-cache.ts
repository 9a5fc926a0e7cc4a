import type { Redis } from 'ioredis';
import {
  MemoryResponseCache,
  type CachedResponse,
  type RedisResponseCache,
  type ResponseCache,
} from './response-cache';

/**
 * Redis as the shared response cache, with a small near cache in each process in front of it: a hit in process
 * memory costs no round trip. An invalidation drops the answers in Redis and is broadcast on a Redis channel, on
 * which every process drops them from its near cache at once; the near cache's short TTL only bounds what a lost
 * broadcast (a subscriber reconnecting) could leave.
 */
export class NearResponseCache implements ResponseCache {
  private readonly near: MemoryResponseCache;
  private readonly channel: string;
  private subscribed: Promise<unknown> | undefined;

  constructor(
    private readonly shared: RedisResponseCache,
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    prefix: string,
    private readonly nearTtlSeconds: number,
  ) {
    this.near = new MemoryResponseCache(20_000);
    this.channel = `${prefix}invalidate`;
    subscriber.on('message', (channel: string, message: string) => {
      if (channel === this.channel) void this.near.invalidate(message.split(' '));
    });
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    this.subscribed ??= this.subscriber.subscribe(this.channel).catch(() => (this.subscribed = undefined));
    const near = await this.near.get(key);
    if (near) return near;
    const shared = await this.shared.get(key);
    if (shared) await this.near.set(key, shared, this.nearTtlSeconds, shared.subjects);
    return shared;
  }

  async set(
    key: string,
    value: CachedResponse,
    ttlSeconds: number,
    subjects: readonly string[],
  ): Promise<void> {
    await this.near.set(key, value, Math.min(ttlSeconds, this.nearTtlSeconds), subjects);
    await this.shared.set(key, value, ttlSeconds, subjects);
  }

  async invalidate(subjects: readonly string[]): Promise<number> {
    const dropped = await this.shared.invalidate(subjects);
    await this.near.invalidate(subjects);
    if (subjects.length > 0) await this.publisher.publish(this.channel, subjects.join(' '));
    return dropped;
  }

  async close(): Promise<void> {
    await this.near.close();
  }
}
