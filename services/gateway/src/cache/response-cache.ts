import type { Redis } from 'ioredis';

/** A provider answer kept for lookups: status, content type and body (text: the providers answer JSON). */
export interface CachedResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/**
 * Cached lookup answers, each filed under the subjects it is about (`id:<personal ID>`, `sin:<social-insurance
 * number>`), so a provider's change event about a subject drops every answer about it.
 */
export interface ResponseCache {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, value: CachedResponse, ttlSeconds: number, subjects: readonly string[]): Promise<void>;
  /** Drops every answer filed under these subjects; resolves how many answers were dropped. */
  invalidate(subjects: readonly string[]): Promise<number>;
  close(): Promise<void>;
}

const INDEX_TTL_MS = 86_400_000;

/** A cached answer with the subjects it is filed under (a near cache indexes what it reads by them). */
export interface FiledResponse extends CachedResponse {
  readonly subjects: readonly string[];
}

// status \n content type \n subjects \n body: no JSON round trip on the hot path.
function encode(value: CachedResponse, subjects: readonly string[]): string {
  return `${value.status}\n${value.contentType}\n${subjects.join(' ')}\n${value.body}`;
}

function decode(raw: string): FiledResponse | undefined {
  const first = raw.indexOf('\n');
  const second = raw.indexOf('\n', first + 1);
  const third = raw.indexOf('\n', second + 1);
  if (first < 0 || second < 0 || third < 0) return undefined;
  const subjects = raw.slice(second + 1, third);
  return {
    status: Number(raw.slice(0, first)),
    contentType: raw.slice(first + 1, second),
    subjects: subjects === '' ? [] : subjects.split(' '),
    body: raw.slice(third + 1),
  };
}

export class RedisResponseCache implements ResponseCache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<FiledResponse | undefined> {
    const raw = await this.redis.get(`${this.prefix}resp:${key}`);
    return raw === null ? undefined : decode(raw);
  }

  async set(
    key: string,
    value: CachedResponse,
    ttlSeconds: number,
    subjects: readonly string[],
  ): Promise<void> {
    const full = `${this.prefix}resp:${key}`;
    const ttlMs = ttlSeconds * 1000;
    const pipeline = this.redis.pipeline().set(full, encode(value, subjects), 'PX', ttlMs);
    for (const subject of subjects) {
      const index = `${this.prefix}subj:${subject}`;
      // the index outlives every answer it lists (the longest TTL a service may have)
      pipeline.sadd(index, full).pexpire(index, INDEX_TTL_MS);
    }
    await pipeline.exec();
  }

  async invalidate(subjects: readonly string[]): Promise<number> {
    let dropped = 0;
    for (const subject of subjects) {
      const index = `${this.prefix}subj:${subject}`;
      const keys = await this.redis.smembers(index);
      dropped += keys.length > 0 ? await this.redis.del(...keys) : 0;
      await this.redis.del(index);
    }
    return dropped;
  }

  async close(): Promise<void> {
    // the connection is shared and closed by its owner
  }
}

/** The same in process memory (embedded mode), bounded: the oldest answers go first. */
export class MemoryResponseCache implements ResponseCache {
  private readonly entries = new Map<string, { value: CachedResponse; expiresAt: number }>();
  private readonly index = new Map<string, Set<string>>();

  constructor(
    private readonly maxEntries = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): Promise<CachedResponse | undefined> {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) this.entries.delete(key);
    return Promise.resolve(entry && entry.expiresAt > this.now() ? entry.value : undefined);
  }

  async set(
    key: string,
    value: CachedResponse,
    ttlSeconds: number,
    subjects: readonly string[],
  ): Promise<void> {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expiresAt: this.now() + ttlSeconds * 1000 });
    for (const subject of subjects) {
      const keys = this.index.get(subject) ?? new Set<string>();
      keys.add(key);
      this.index.set(subject, keys);
    }
    return Promise.resolve();
  }

  invalidate(subjects: readonly string[]): Promise<number> {
    let dropped = 0;
    for (const subject of subjects) {
      for (const key of this.index.get(subject) ?? []) if (this.entries.delete(key)) dropped += 1;
      this.index.delete(subject);
    }
    return Promise.resolve(dropped);
  }

  close(): Promise<void> {
    this.entries.clear();
    this.index.clear();
    return Promise.resolve();
  }
}
