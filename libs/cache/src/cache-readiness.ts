import type { ReadinessCheck } from '@d06/observability';
import type { Cache } from './cache.port';

/**
 * The cache as a `/health/ready` check (ObservabilityModule's `readiness`), named `cache` unless told. Add it
 * only where the service should leave rotation without its cache: getOrLoad itself falls back to the loader.
 */
export function cacheReadiness(cache: Cache, name = 'cache'): ReadinessCheck {
  return { name, check: () => cache.isReady() };
}
