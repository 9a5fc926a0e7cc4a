import { Counter, register } from 'prom-client';

const REQUESTS = 'd06_cache_requests_total';
const ERRORS = 'd06_cache_errors_total';

// Registered once per process: embedded mode runs every service, each with its caches, in one process.
const requests =
  (register.getSingleMetric(REQUESTS) as Counter<'cache' | 'result'> | undefined) ??
  new Counter({
    name: REQUESTS,
    help: 'Cache reads (get and getOrLoad), by cache and result (hit or miss)',
    labelNames: ['cache', 'result'],
  });

const errors =
  (register.getSingleMetric(ERRORS) as Counter<'cache' | 'operation'> | undefined) ??
  new Counter({
    name: ERRORS,
    help: 'Cache store failures that getOrLoad absorbed by falling back to its loader, by cache and operation',
    labelNames: ['cache', 'operation'],
  });

/** The counters of one cache, bound to its label once: a hot path then pays no label lookup per call. */
export interface CacheCounters {
  hit(): void;
  miss(): void;
  readFailed(): void;
  writeFailed(): void;
}

export function cacheCounters(cache: string): CacheCounters {
  const hits = requests.labels(cache, 'hit');
  const misses = requests.labels(cache, 'miss');
  const readErrors = errors.labels(cache, 'read');
  const writeErrors = errors.labels(cache, 'write');
  return {
    hit: () => hits.inc(),
    miss: () => misses.inc(),
    readFailed: () => readErrors.inc(),
    writeFailed: () => writeErrors.inc(),
  };
}

export const CACHE_METRIC_NAMES = { requests: REQUESTS, errors: ERRORS } as const;
