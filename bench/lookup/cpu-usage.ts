// Where the machine's CPU went while one target was under load: CPU seconds per process group (from /proc), so a
// table can say how many microseconds of each part a request cost.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

interface Sample {
  readonly at: number;
  /** Jiffies of user + system time per pid. */
  readonly pids: Map<number, { ticks: number; command: string; parent: number }>;
  /** Machine-wide busy and total jiffies (all cores). */
  readonly busy: number;
  readonly total: number;
}

function sample(): Sample {
  const pids = new Map<number, { ticks: number; command: string; parent: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      pids.set(Number(name), {
        ticks: Number(fields[11]) + Number(fields[12]),
        command: command || stat.slice(stat.indexOf('(') + 1, close),
        parent: Number(fields[1]),
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const total = cpu.reduce((sum, value) => sum + value, 0);
  const idle = cpu[3] + cpu[4];
  return { at: Date.now(), pids, busy: total - idle, total };
}

export interface CpuUsage {
  /** CPU seconds per group during the window. */
  readonly seconds: Record<string, number>;
  /** CPU seconds of the whole machine (every process, ours and others'). */
  readonly machineBusySeconds: number;
  readonly wallSeconds: number;
}

/**
 * Starts counting; the returned function stops and attributes each process's CPU time to the first group whose
 * test matches it (or a parent of it), the rest to `other`.
 */
export function measureCpu(
  groups: ReadonlyArray<readonly [string, (pid: number, command: string, parent: number) => boolean]>,
): () => CpuUsage {
  const before = sample();
  return () => {
    const after = sample();
    const seconds: Record<string, number> = Object.fromEntries(groups.map(([name]) => [name, 0]));
    seconds.other = 0;
    const groupOf = (pid: number): string | undefined => {
      for (let current = pid, depth = 0; current > 1 && depth < 8; depth++) {
        const info = after.pids.get(current);
        if (!info) return undefined;
        const group = groups.find(([, test]) => test(current, info.command, info.parent));
        if (group) return group[0];
        current = info.parent;
      }
      return undefined;
    };
    for (const [pid, info] of after.pids) {
      const ticks = info.ticks - (before.pids.get(pid)?.ticks ?? 0);
      if (ticks <= 0) continue;
      seconds[groupOf(pid) ?? 'other'] += ticks / TICKS_PER_SECOND;
    }
    return {
      seconds,
      machineBusySeconds: (after.busy - before.busy) / TICKS_PER_SECOND,
      wallSeconds: (after.at - before.at) / 1000,
    };
  };
}
