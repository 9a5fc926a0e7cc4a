import { loadavg } from 'node:os';
import { measureCpu, type CpuUsage } from './cpu-usage';
import { load, type LoadOptions, type LoadResult } from './load';

export interface CpuFigures {
  readonly target: string;
  /** One-minute load average when the target's warm-up began. */
  readonly loadAverage: number;
  readonly usage: CpuUsage;
  /** CPU µs per answered request, per process group. */
  readonly microsPerRequest: Record<string, number>;
}

/** Process groups whose CPU a run is split into; the rest of the machine is `other` (other developers' work). */
export type CpuGroups = Parameters<typeof measureCpu>[0];

/**
 * One target under load: a 5 s warm-up, then the measured run, with the CPU each process group used during it.
 * Targets run one at a time, each with only its own processes (and the shared infrastructure) up.
 */
export async function measureTarget(
  name: string,
  options: Omit<LoadOptions, 'seconds'> & { seconds: number },
  groups: CpuGroups,
): Promise<{ result: LoadResult; cpu: CpuFigures }> {
  const loadAverage = loadavg()[0];
  process.stdout.write(
    `${name}: 5 s warm-up, then ${options.seconds} s at ${options.connections} connections ` +
      `(load ${loadAverage.toFixed(2)})…\n`,
  );
  await load(name, { ...options, seconds: 5 });
  const stop = measureCpu(groups);
  const result = await load(name, options);
  const usage = stop();
  const microsPerRequest = Object.fromEntries(
    Object.entries(usage.seconds)
      .filter(([, used]) => used > 0)
      .map(([group, used]) => [group, Math.round((used / result.requests) * 1e6)]),
  );
  process.stdout.write(
    `  CPU µs per request: ${JSON.stringify(microsPerRequest)}; machine busy ` +
      `${(usage.machineBusySeconds / usage.wallSeconds).toFixed(2)} of 2 cores\n`,
  );
  return { result, cpu: { target: name, loadAverage, usage, microsPerRequest } };
}
