import { ShareAllocator } from '@d06/synthetic';

/** A count given directly or as a share of n: Math.round(n × share), as the exact allocators do. */
export function countOf(
  n: number,
  count: number | undefined,
  share: number | undefined,
  fallback: number,
): number {
  if (count !== undefined) return count;
  if (share !== undefined) return Math.round(n * share);
  return fallback;
}

/**
 * Deals n items into categories with exactly the given counts, interleaved evenly (Tijdeman's rule), so e.g. the
 * online dossiers are spread over the period rather than bunched at its start.
 */
export function deal<K extends string>(counts: Readonly<Record<K, number>>): K[] {
  const keys = Object.keys(counts) as K[];
  const n = keys.reduce((sum, key) => sum + counts[key], 0);
  if (n === 0) return [];
  const allocator = new ShareAllocator(counts);
  const out: K[] = [];
  for (let i = 0; i < n; i += 1) out.push(allocator.next());
  return out;
}
