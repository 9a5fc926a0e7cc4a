import { hash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { untraced } from '../support/untraced';

/** A provider answer kept for lookups: status, content type and body (text: the providers answer JSON). */
export interface CachedResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/**
 * A cached answer ready to send, made once per process and entry, not once per call: the body's bytes, the same
 * bytes as a one-byte string (`wire`: Node writes a string body together with the headers, in one write, where a
 * buffer takes a second), and their SHA-512 (the message log's response hash).
 */
export interface ReadyAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
  readonly wire: string;
  readonly hash: string;
}

export function readyAnswer(value: CachedResponse): ReadyAnswer {
  const body = Buffer.from(value.body);
  return {
    status: value.status,
    contentType: value.contentType,
    body,
    wire: body.toString('latin1'),
    hash: hash('sha512', body, 'base64'),
  };
}

/**
 * Cached lookup answers, each filed under the subjects it is about (`id:<personal ID>`, `sin:<social-insurance
 * number>`), so a provider's change event about a subject drops every answer about it.
 */
export interface ResponseCache {
  /** The answer when this process holds it, without I/O; undefined means ask `get`. */
  peek(key: string): ReadyAnswer | undefined;
  get(key: string): Promise<ReadyAnswer | undefined>;
  set(key: string, value: CachedResponse, ttlSeconds: number, subjects: readonly string[]): Promise<void>;
  /** Drops every answer filed under these subjects; resolves how many answers were dropped. */
  invalidate(subjects: readonly string[]): Promise<number>;
  close(): Promise<void>;
}

const INDEX_TTL_MS = 86_400_000;

/** A cached answer with the subjects it is filed under (a near cache indexes what it reads by them). */
export interface FiledAnswer {
  readonly answer: ReadyAnswer;
  readonly subjects: readonly string[];
}

// status \n content type \n subjects \n body: no JSON round trip on the hot path.
function encode(value: CachedResponse, subjects: readonly string[]): string {
  return `${value.status}\n${value.contentType}\n${subjects.join(' ')}\n${value.body}`;
}

function decode(raw: string): FiledAnswer | undefined {
  const first = raw.indexOf('\n');
  const second = raw.indexOf('\n', first + 1);
  const third = raw.indexOf('\n', second + 1);
  if (first < 0 || second < 0 || third < 0) return undefined;
  const subjects = raw.slice(second + 1, third);
  return {
    answer: readyAnswer({
      status: Number(raw.slice(0, first)),
      contentType: raw.slice(first + 1, second),
      body: raw.slice(third + 1),
    }),
    subjects: subjects === '' ? [] : subjects.split(' '),
  };
}

export class RedisResponseCache implements ResponseCache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  peek(): undefined {
    return undefined;
  }

  async get(key: string): Promise<ReadyAnswer | undefined> {
    return (await this.getFiled(key))?.answer;
  }

  async getFiled(key: string): Promise<FiledAnswer | undefined> {
    const raw = await untraced(() => this.redis.get(`${this.prefix}resp:${key}`));
    return raw === null ? undefined : decode(raw);
  }

  /** Several answers in one round trip (MGET), in the order of `keys`. */
  async getManyFiled(keys: readonly string[]): Promise<Array<FiledAnswer | undefined>> {
    const raws = await untraced(() => this.redis.mget(keys.map((key) => `${this.prefix}resp:${key}`)));
    return raws.map((raw) => (raw === null ? undefined : decode(raw)));
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
    await untraced(() => pipeline.exec());
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

/** The same in process memory (embedded mode; a near cache), bounded: the oldest answers go first. */
export class MemoryResponseCache implements ResponseCache {
  private readonly entries = new Map<string, { value: ReadyAnswer; expiresAt: number }>();
  private readonly index = new Map<string, Set<string>>();

  constructor(
    private readonly maxEntries = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  peek(key: string): ReadyAnswer | undefined {
    return this.peekEntry(key)?.value;
  }

  /** The live entry with its expiry (a near cache refreshes entries about to expire). */
  peekEntry(key: string): { readonly value: ReadyAnswer; readonly expiresAt: number } | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt > this.now()) return entry;
    this.entries.delete(key);
    return undefined;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get(key: string): Promise<ReadyAnswer | undefined> {
    return Promise.resolve(this.peek(key));
  }

  set(key: string, value: CachedResponse, ttlSeconds: number, subjects: readonly string[]): Promise<void> {
    this.put(key, readyAnswer(value), ttlSeconds, subjects);
    return Promise.resolve();
  }

  /** Keeps an answer that is already ready to send. */
  put(key: string, value: ReadyAnswer, ttlSeconds: number, subjects: readonly string[]): void {
    if (this.entries.size >= this.maxEntries && !this.entries.has(key)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expiresAt: this.now() + ttlSeconds * 1000 });
    for (const subject of subjects) {
      const keys = this.index.get(subject) ?? new Set<string>();
      keys.add(key);
      this.index.set(subject, keys);
    }
  }

  invalidate(subjects: readonly string[]): Promise<number> {
    let dropped = 0;
    for (const subject of subjects) {
      for (const key of this.index.get(subject) ?? []) if (this.entries.delete(key)) dropped += 1;
      this.index.delete(subject);
    }
    return Promise.resolve(dropped);
  }

  /** Drops everything (a near cache that may have missed invalidations). */
  clear(): void {
    this.entries.clear();
    this.index.clear();
  }

  close(): Promise<void> {
    this.clear();
    return Promise.resolve();
  }
}
