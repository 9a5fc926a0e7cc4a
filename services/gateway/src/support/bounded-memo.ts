/**
 * Remembers a pure function's results for recent inputs (header values that repeat call after call: client ids,
 * officers, dossiers), forgetting everything when full — a bound, not an LRU: the working set refills it at once.
 */
export function boundedMemo<R>(compute: (input: string) => R, maxEntries = 1_000): (input: string) => R {
  const known = new Map<string, R>();
  return (input: string): R => {
    const hit = known.get(input);
    if (hit !== undefined || known.has(input)) return hit as R;
    const result = compute(input);
    if (known.size >= maxEntries) known.clear();
    known.set(input, result);
    return result;
  };
}
