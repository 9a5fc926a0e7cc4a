import type { Redis } from 'ioredis';

/** Whether a call fits its client's rate; when not, how long until the window resets. */
export interface RateDecision {
  readonly allowed: boolean;
  readonly retryAfterSeconds: number;
}

/** Calls per window per client subsystem, shared by every replica when on Redis. */
export interface RateLimiter {
  hit(client: string, limit: number, windowSeconds: number): Promise<RateDecision>;
  close(): Promise<void>;
}

const ALLOWED: RateDecision = { allowed: true, retryAfterSeconds: 0 };

// One round trip: count the call in the client's window (which starts at its first call) and, past the limit,
// answer the time left. -1 means allowed.
const HIT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
if n > tonumber(ARGV[2]) then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
  return ttl
end
return -1`;

interface RateRedis extends Redis {
  gatewayRateHit(key: string, windowMs: number, limit: number): Promise<number>;
}

export class RedisRateLimiter implements RateLimiter {
  private readonly redis: RateRedis;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    redis.defineCommand('gatewayRateHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    this.redis = redis as RateRedis;
  }

  async hit(client: string, limit: number, windowSeconds: number): Promise<RateDecision> {
    const ttl = await this.redis.gatewayRateHit(`${this.prefix}rate:${client}`, windowSeconds * 1000, limit);
    return ttl < 0 ? ALLOWED : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
  }

  async close(): Promise<void> {
    // the connection is shared and closed by its owner
  }
}

/** The same windows in process memory (embedded mode, one process). */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  hit(client: string, limit: number, windowSeconds: number): Promise<RateDecision> {
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(client, window);
    }
    window.count += 1;
    if (window.count <= limit) return Promise.resolve(ALLOWED);
    return Promise.resolve({
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)),
    });
  }

  close(): Promise<void> {
    this.windows.clear();
    return Promise.resolve();
  }
}
