import type { Redis } from 'ioredis';
import { untraced } from '../support/untraced';

/** Whether a call fits its client's rate; when not, how long until the window resets. */
export interface RateDecision {
  readonly allowed: boolean;
  readonly retryAfterSeconds: number;
}

/** Calls per window per client subsystem, shared by every replica when on Redis. */
export interface RateLimiter {
  /** The decision when this process can make it alone (no I/O, no promise); undefined means ask `hit`. */
  tryHit(client: string, limit: number, windowSeconds: number): RateDecision | undefined;
  hit(client: string, limit: number, windowSeconds: number): Promise<RateDecision>;
  close(): Promise<void>;
}

const ALLOWED: RateDecision = { allowed: true, retryAfterSeconds: 0 };

// Claims up to ARGV[3] calls of the client's window (which starts at the first claim) in one round trip: answers
// how many were granted (0 past the limit) and the time left in the window.
const CLAIM_SCRIPT = `
local block = tonumber(ARGV[3])
local n = redis.call('INCRBY', KEYS[1], block)
if n == block then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
local granted = math.max(0, math.min(block, tonumber(ARGV[2]) - (n - block)))
return {granted, ttl}`;

interface RateRedis extends Redis {
  gatewayRateClaim(key: string, windowMs: number, limit: number, block: number): Promise<[number, number]>;
}

interface Lease {
  remaining: number;
  resetAt: number;
  claiming: Promise<void> | undefined;
  /** The last claim got nothing: refuse locally until the window ends. */
  refused: boolean;
  /** At this many calls left, the next block is claimed in the background (-1: only when none are left). */
  prefetchAt: number;
}

/** Most calls a process claims from Redis at once: a claim per this many calls, not a round trip per call. */
const MAX_BLOCK = 64;
/** Blocks at least this big are topped up before they run out, so calls rarely wait for a claim. */
const PREFETCH_FROM_BLOCK = 8;

/**
 * The window's count lives in Redis, shared by every process and replica; each process leases calls from it in
 * blocks (1/32 of the limit, at most 64, at least 1) and spends them locally, so the hot path makes one Redis round
 * trip per block — and a big block is topped up in the background when a quarter of it is left, so calls do not
 * wait for the round trip. A lease never admits more than the limit across processes; calls a process leased but
 * did not use are lost for that window (it may admit slightly fewer). A refusal is remembered until the window
 * ends.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: RateRedis;
  private readonly leases = new Map<string, Lease>();

  constructor(
    redis: Redis,
    private readonly prefix: string,
    private readonly now: () => number = Date.now,
  ) {
    redis.defineCommand('gatewayRateClaim', { numberOfKeys: 1, lua: CLAIM_SCRIPT });
    this.redis = redis as RateRedis;
  }

  tryHit(client: string, limit: number, windowSeconds: number): RateDecision | undefined {
    let lease = this.leases.get(client);
    if (!lease) {
      lease = { remaining: 0, resetAt: 0, claiming: undefined, refused: false, prefetchAt: -1 };
      this.leases.set(client, lease);
    }
    const now = this.now();
    if (lease.resetAt <= now) {
      lease.remaining = 0;
      lease.refused = false;
    }
    if (lease.remaining > 0) {
      lease.remaining -= 1;
      if (lease.remaining === lease.prefetchAt && lease.claiming === undefined && !lease.refused) {
        this.startClaim(client, lease, limit, windowSeconds).catch(() => undefined);
      }
      return ALLOWED;
    }
    if (lease.refused && lease.claiming === undefined) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((lease.resetAt - now) / 1000)) };
    }
    return undefined;
  }

  async hit(client: string, limit: number, windowSeconds: number): Promise<RateDecision> {
    for (;;) {
      const decided = this.tryHit(client, limit, windowSeconds);
      if (decided) return decided;
      const lease = this.leases.get(client)!;
      // others waiting on the same claim may spend it first: go round (a refused claim answers at the top)
      await (lease.claiming ?? this.startClaim(client, lease, limit, windowSeconds));
    }
  }

  close(): Promise<void> {
    // the connection is shared and closed by its owner
    return Promise.resolve();
  }

  private startClaim(client: string, lease: Lease, limit: number, windowSeconds: number): Promise<void> {
    const claiming = untraced(() => this.claim(client, lease, limit, windowSeconds)).finally(
      () => (lease.claiming = undefined),
    );
    lease.claiming = claiming;
    return claiming;
  }

  private async claim(client: string, lease: Lease, limit: number, windowSeconds: number): Promise<void> {
    const block = Math.max(1, Math.min(MAX_BLOCK, Math.floor(limit / 32)));
    const [granted, ttl] = await this.redis.gatewayRateClaim(
      `${this.prefix}rate:${client}`,
      windowSeconds * 1000,
      limit,
      block,
    );
    const now = this.now();
    const resetAt = now + Number(ttl);
    // a top-up within the same window adds to what is left; a new window starts from its own grant
    const sameWindow = lease.resetAt > now && Math.abs(resetAt - lease.resetAt) < (windowSeconds * 1000) / 2;
    lease.remaining = (sameWindow ? lease.remaining : 0) + Number(granted);
    lease.resetAt = resetAt;
    lease.refused = Number(granted) === 0;
    lease.prefetchAt = block >= PREFETCH_FROM_BLOCK ? Math.floor(block / 4) : -1;
  }
}

/** The same windows in process memory (embedded mode, one process). */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  hit(client: string, limit: number, windowSeconds: number): Promise<RateDecision> {
    return Promise.resolve(this.tryHit(client, limit, windowSeconds));
  }

  tryHit(client: string, limit: number, windowSeconds: number): RateDecision {
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(client, window);
    }
    window.count += 1;
    if (window.count <= limit) return ALLOWED;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
  }

  close(): Promise<void> {
    this.windows.clear();
    return Promise.resolve();
  }
}
