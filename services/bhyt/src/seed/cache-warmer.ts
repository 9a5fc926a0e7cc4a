import { createCache } from '@d06/cache';
import { cardCacheKeys } from '../registry/card-cache-keys';
import { toCardView } from '../registry/card-view';
import type { ParticipantSeed } from './participant-rows';

export interface CacheWarmOptions {
  readonly redisUrl: string;
  readonly prefix: string;
  readonly ttlSeconds: number;
}

/**
 * Writes each seeded participant's card view under the keys the service reads (by social-insurance number, and
 * by ID number when linked), so the first lookups after a seed are cache hits. Run after the load commits: the
 * cache never holds what the database does not. Returns the number of entries written.
 */
export async function warmCardCache(
  options: CacheWarmOptions,
  batches: AsyncIterable<readonly ParticipantSeed[]>,
): Promise<number> {
  const cache = createCache({ redisUrl: options.redisUrl, prefix: options.prefix });
  let entries = 0;
  try {
    for await (const batch of batches) {
      const writes: Promise<void>[] = [];
      for (const seed of batch) {
        const view = toCardView(seed.rows)!;
        writes.push(
          cache.set(
            cardCacheKeys.bySocialInsuranceNumber(view.socialInsuranceNumber),
            view,
            options.ttlSeconds,
          ),
        );
        if (view.idSynced && view.idNumber) {
          writes.push(cache.set(cardCacheKeys.byIdNumber(view.idNumber), view, options.ttlSeconds));
        }
      }
      // ioredis pipelines the batch's commands (auto-pipelining): one round trip per few thousand entries.
      await Promise.all(writes);
      entries += writes.length;
    }
  } finally {
    await cache.close();
  }
  return entries;
}
