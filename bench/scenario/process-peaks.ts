import { readFileSync } from 'node:fs';

/**
 * Peak resident memory of other processes (the services of a local run), sampled from /proc: VmRSS every interval,
 * and VmHWM (the kernel's own high-water mark) when a process is read, so a short spike between samples counts.
 */
export class ProcessPeaks {
  private readonly peaks = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly pids: () => Readonly<Record<string, number | undefined>>) {}

  start(intervalMs = 500): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  stop(): Record<string, number> {
    clearInterval(this.timer);
    this.sample();
    return Object.fromEntries(this.peaks);
  }

  private sample(): void {
    this.record('runner (this process)', process.memoryUsage().rss);
    for (const [name, pid] of Object.entries(this.pids())) {
      if (pid === undefined) continue;
      const bytes = highWaterMark(pid);
      if (bytes !== undefined) this.record(name, bytes);
    }
  }

  private record(name: string, bytes: number): void {
    this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, bytes));
  }
}

/** A process's peak RSS so far in bytes (a restarted service is a new process: the larger of both counts). */
function highWaterMark(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined; // exited (killed by the drill, or stopped)
  }
}
