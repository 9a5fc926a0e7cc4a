import type Redis from 'ioredis';

/** Counters and short-lived values shared by the replicas (Redis), or kept in this process (embedded mode). */
export interface KeyValueStore {
  /** Adds one to the counter and returns it; a new counter lives `ttlMs`. */
  increment(key: string, ttlMs: number): Promise<number>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Reads and deletes. */
  take(key: string): Promise<string | undefined>;
}

export const KEY_VALUE_STORE = Symbol('KEY_VALUE_STORE');

export class RedisKeyValueStore implements KeyValueStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async increment(key: string, ttlMs: number): Promise<number> {
    const name = this.prefix + key;
    const results = await this.redis.multi().incr(name).pexpire(name, ttlMs, 'NX').exec();
    return Number(results?.[0]?.[1] ?? 0);
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.set(this.prefix + key, value, 'PX', ttlMs);
  }

  async take(key: string): Promise<string | undefined> {
    return (await this.redis.getdel(this.prefix + key)) ?? undefined;
  }
}

export class InMemoryKeyValueStore implements KeyValueStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();

  increment(key: string, ttlMs: number): Promise<number> {
    const current = this.live(key);
    const next = current ? Number(current.value) + 1 : 1;
    this.entries.set(key, { value: String(next), expiresAt: current?.expiresAt ?? Date.now() + ttlMs });
    return Promise.resolve(next);
  }

  set(key: string, value: string, ttlMs: number): Promise<void> {
    this.entries.set(key, { value, expiresAt: Date.now() + ttlMs });
    return Promise.resolve();
  }

  take(key: string): Promise<string | undefined> {
    const entry = this.live(key);
    this.entries.delete(key);
    return Promise.resolve(entry?.value);
  }

  private live(key: string): { value: string; expiresAt: number } | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    if (this.entries.size > 100_000) this.sweep();
    return entry;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
