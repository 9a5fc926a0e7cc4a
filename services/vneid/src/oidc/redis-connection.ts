import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { VNEID_REDIS } from './oidc.tokens';

/** One ioredis connection for the provider's storage and the counters; none in embedded mode. */
export function createRedis(url: string | undefined): Redis | undefined {
  return url ? new Redis(url, { maxRetriesPerRequest: 3, enableAutoPipelining: true }) : undefined;
}

export async function redisReady(redis: Redis | undefined): Promise<boolean> {
  if (!redis) return true;
  try {
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  }
}

@Injectable()
export class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(VNEID_REDIS) private readonly redis: Redis | undefined) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
