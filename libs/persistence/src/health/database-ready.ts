import type { DataSource } from 'typeorm';

/**
 * Readiness probe: can the pool run a query right now? Bounded by a timeout, since on the embedded database a
 * long transaction elsewhere holds every other connection, and a probe must answer rather than hang.
 */
export async function databaseReady(dataSource: DataSource, timeoutMs = 2_000): Promise<boolean> {
  if (!dataSource.isInitialized) return false;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = dataSource.query<unknown[]>('SELECT 1').then(
    (rows) => rows.length === 1,
    () => false,
  );
  try {
    return await Promise.race([probe, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
