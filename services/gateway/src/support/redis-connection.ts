import { Redis } from 'ioredis';

/**
 * The gateway's own Redis connection (rate limits, response cache, costs): commands of concurrent calls share one
 * round trip (auto-pipelining), which is what keeps the hot path cheap.
 */
export function createRedis(url: string, name: string): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 2_000,
    disconnectTimeout: 200,
    commandTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt: number) => Math.min(50 * 2 ** attempt, 2_000),
    connectionName: name,
    enableAutoPipelining: true,
  });
  client.on('error', () => undefined);
  return client;
}

export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'wait' || client.status === 'end') {
    client.disconnect();
    return;
  }
  await client.quit().catch(() => client.disconnect());
}
