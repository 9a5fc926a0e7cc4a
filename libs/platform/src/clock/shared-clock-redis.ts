import { Redis } from 'ioredis';

/** How a process reaches the shared clock. */
export interface SharedClockOptions {
  /** `redis://host:port[/db]`. */
  readonly redisUrl: string;
  /** Namespace of the clock's keys and channels; default `d06:`. */
  readonly keyPrefix?: string;
  /** Wall time in ms since the epoch (`Date.now` unless a test injects one). */
  readonly wallTime?: () => number;
}

/** Reconnect soon after a blip, then at most every 2 s. */
const retryStrategy = (attempt: number): number => Math.min(50 * 2 ** attempt, 2_000);

/** One connection of the clock: reconnects on its own and resubscribes its channels (ioredis does both). */
export function clockConnection(redisUrl: string, role: string): Redis {
  const client = new Redis(redisUrl, {
    connectionName: `d06-clock-${role}`,
    connectTimeout: 2_000,
    disconnectTimeout: 200,
    retryStrategy,
  });
  // failures surface through the commands (and the followers resynchronise on `ready`); no stray prints
  client.on('error', () => undefined);
  return client;
}

/** Closes a connection without waiting for a server that may be gone. */
export async function closeConnection(client: Redis): Promise<void> {
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
}
