import { SingleBar } from 'cli-progress';
import type { SeedProgress } from '@d06/population/src/seed';

export interface SeedProgressReporter {
  readonly report: (progress: SeedProgress) => void;
  readonly stop: () => void;
}

const PLAIN_INTERVAL_SECONDS = 5;

/**
 * On a terminal, a progress bar (cli-progress) on stderr; otherwise (CI logs, pipes) a plain line every few
 * seconds. Either way stdout stays free for the summary (or its JSON).
 */
export function seedProgressReporter(stream: NodeJS.WriteStream = process.stderr): SeedProgressReporter {
  if (stream.isTTY) {
    const bar = new SingleBar(
      {
        stream,
        format:
          'seeding {bar} {percentage}% | {value}/{total} citizens | {rate} rows/s | ETA {eta_formatted}',
        hideCursor: true,
        clearOnComplete: false,
      },
      undefined,
    );
    let started = false;
    return {
      report: (progress) => {
        if (!started) {
          bar.start(progress.totalCitizens, 0, { rate: 0 });
          started = true;
        }
        bar.update(progress.citizens, { rate: Math.round(progress.rowsPerSecond) });
      },
      stop: () => started && bar.stop(),
    };
  }
  let next = PLAIN_INTERVAL_SECONDS;
  return {
    report: (progress) => {
      if (!progress.done && progress.elapsedSeconds < next) return;
      next = progress.elapsedSeconds + PLAIN_INTERVAL_SECONDS;
      stream.write(`${plainProgressLine(progress)}\n`);
    },
    stop: () => undefined,
  };
}

export function plainProgressLine(progress: SeedProgress): string {
  const percent = ((100 * progress.citizens) / progress.totalCitizens).toFixed(1);
  return (
    `seeded ${progress.citizens}/${progress.totalCitizens} citizens (${percent}%), ` +
    `${Math.round(progress.rowsPerSecond)} rows/s, ${progress.elapsedSeconds.toFixed(1)} s`
  );
}
