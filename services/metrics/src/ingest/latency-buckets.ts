/**
 * Fixed latency buckets: a duration is counted under its value rounded up to three significant digits (4.2 ms →
 * 4.2, 123.4 ms → 124, 5 432 ms → 5 440), so percentiles are exact for the bucket definition, at most 1% above the
 * true value, and identical on every replay (integers only: stored in microseconds).
 */
export function latencyBucketMicros(durationMs: number): number {
  const micros = Math.max(0, Math.ceil(durationMs * 1000 - 1e-6));
  if (micros < 1000) return micros;
  const digits = Math.floor(Math.log10(micros)) + 1;
  const step = 10 ** (digits - 3);
  return Math.ceil(micros / step) * step;
}

/** Nearest-rank percentile (p in 0–100) of a histogram given as bucket → count; null when empty. */
export function percentileOf(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const total = [...histogram.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bucket)!;
    if (seen >= rank) return bucket;
  }
  return null;
}
