import type { LoadResult } from './load';

/** A plain-text table, right-aligned numbers; the ratio is requests/s against WireMock's. */
export function lookupTable(results: readonly LoadResult[], wireMockRps: number): string {
  const cells = results.map((r) => [
    r.target,
    Math.round(r.requestsPerSecond).toLocaleString('en-US'),
    r.p50Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    String(r.errors),
    (r.requestsPerSecond / wireMockRps).toFixed(2),
  ]);
  const header = ['target', 'requests/s', 'p50 ms', 'p99 ms', 'errors', '× WireMock'];
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((c) => c[i].length)));
  const format = (line: string[]) =>
    line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(format)].join('\n');
}
