import type { Redis } from 'ioredis';
import { invalidationChannel } from './change-events';
import {
  MemoryResponseCache,
  type CachedResponse,
  type FiledAnswer,
  type ReadyAnswer,
  type RedisResponseCache,
  type ResponseCache,
} from './response-cache';

/** An entry this close to its expiry is refreshed from Redis in the background while it keeps answering. */
const REFRESH_BEFORE_EXPIRY = 0.25;
/** Refreshes due within this long go to Redis together. */
const REFRESH_GATHER_MS = 50;

/**
 * Redis as the shared response cache, with a small near cache in each process in front of it: a hit in process
 * memory costs no round trip (and no promise: `peek`), and an entry in use is refreshed from Redis shortly before
 * it expires, in the background. An invalidation drops the answers in Redis and is broadcast on a Redis channel, on
 * which every process drops them from its near cache at once; a read from Redis that raced with an invalidation is
 * not kept. Broadcasts sent while a subscriber was disconnected are lost, so a reconnected subscriber empties its
 * near cache; the near cache's short TTL bounds anything else.
 */
export class NearResponseCache implements ResponseCache {
  private readonly near: MemoryResponseCache;
  private readonly channel: string;
  private subscribed: Promise<unknown> | undefined;
  private readonly refreshing = new Set<string>();
  private due: string[] = [];
  private refreshTimer: NodeJS.Timeout | undefined;
  /** Bumped by every invalidation seen here: a Redis read started before one is not kept. */
  private epoch = 0;

  constructor(
    private readonly shared: RedisResponseCache,
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    prefix: string,
    private readonly nearTtlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.near = new MemoryResponseCache(20_000, now);
    this.channel = invalidationChannel(prefix);
    subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      this.epoch += 1;
      void this.near.invalidate(message.split(' '));
    });
    subscriber.on('ready', () => {
      this.epoch += 1;
      this.near.clear();
    });
  }

  peek(key: string): ReadyAnswer | undefined {
    const entry = this.near.peekEntry(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt - this.now() < this.nearTtlSeconds * 1000 * REFRESH_BEFORE_EXPIRY) this.refresh(key);
    return entry.value;
  }

  async get(key: string): Promise<ReadyAnswer | undefined> {
    this.subscribed ??= this.subscriber.subscribe(this.channel).catch(() => (this.subscribed = undefined));
    const near = this.peek(key);
    if (near) return near;
    const epoch = this.epoch;
    const shared = await this.shared.getFiled(key);
    if (!shared) return undefined;
    this.keep(key, shared, epoch);
    return shared.answer;
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
    this.epoch += 1;
    const dropped = await this.shared.invalidate(subjects);
    await this.near.invalidate(subjects);
    if (subjects.length > 0) await this.publisher.publish(this.channel, subjects.join(' '));
    return dropped;
  }

  async close(): Promise<void> {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    await this.near.close();
  }

  /** Queues a refresh; the entries due within a short while are read together, in one MGET. */
  private refresh(key: string): void {
    if (this.refreshing.has(key)) return;
    this.refreshing.add(key);
    this.due.push(key);
    this.refreshTimer ??= setTimeout(() => this.refreshDue(), REFRESH_GATHER_MS);
  }

  private refreshDue(): void {
    this.refreshTimer = undefined;
    const keys = this.due;
    this.due = [];
    const epoch = this.epoch;
    this.shared
      .getManyFiled(keys)
      .then(
        (answers) =>
          answers.forEach((shared, i) => {
            if (shared) this.keep(keys[i], shared, epoch);
            else if (epoch === this.epoch) this.near.delete(keys[i]);
          }),
        () => undefined,
      )
      .finally(() => {
        for (const key of keys) this.refreshing.delete(key);
      });
  }

  /** Keeps what Redis answered unless an invalidation came in meanwhile (it may be what was dropped). */
  private keep(key: string, shared: FiledAnswer, epoch: number): void {
    if (epoch === this.epoch) this.near.put(key, shared.answer, this.nearTtlSeconds, shared.subjects);
  }
}
