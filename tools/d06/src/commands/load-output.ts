import { SingleBar } from 'cli-progress';
import type { LoadResult } from './load-autocannon';

/** Progress of a load run: a bar on a terminal, a plain line about every quarter of the run otherwise. */
export function loadProgress(
  seconds: number,
  stream: NodeJS.WriteStream = process.stderr,
): { tick: (answered: number) => void; stop: () => void } {
  let elapsed = 0;
  if (stream.isTTY) {
    const bar = new SingleBar({ format: 'load [{bar}] {value}/{total} s · {answered} answers', stream });
    bar.start(seconds, 0, { answered: 0 });
    return {
      tick: (answered) => {
        elapsed = Math.min(elapsed + 1, seconds);
        bar.update(elapsed, { answered: answered.toLocaleString('en-US') });
      },
      stop: () => bar.stop(),
    };
  }
  const every = Math.max(1, Math.round(seconds / 4));
  return {
    tick: (answered) => {
      // autocannon ticks once more as it ends: the run is over at `seconds`
      if (elapsed >= seconds) return;
      elapsed += 1;
      if (elapsed % every === 0 || elapsed === seconds)
        stream.write(`load: ${elapsed}/${seconds} s, ${answered.toLocaleString('en-US')} answers\n`);
    },
    stop: () => undefined,
  };
}

/** The result as a small table: requests/s, latency percentiles, errors and the answers by status. */
export function loadTable(result: LoadResult): string {
  const rows: [string, string][] = [
    ['target', result.target],
    ['requests', result.requests.toLocaleString('en-US')],
    ['requests/s', Math.round(result.requestsPerSecond).toLocaleString('en-US')],
    ['p50 ms', result.p50Ms.toFixed(1)],
    ['p90 ms', result.p90Ms.toFixed(1)],
    ['p99 ms', result.p99Ms.toFixed(1)],
    ['max ms', result.maxMs.toFixed(1)],
    ['errors', `${result.errors.toLocaleString('en-US')} (non-2xx ${result.non2xx.toLocaleString('en-US')})`],
    ...Object.entries(result.statusCodes)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]): [string, string] => [`HTTP ${status}`, count.toLocaleString('en-US')]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}
