// `npm run bench -- scenario [--scenario thanh-hoa-2023-09] [--concurrency 64] [--keep-data]`: a scenario at its
// full volumes on the local infrastructure (each service its own process on Kafka, PostgreSQL and Redis, one
// business clock shared through Redis): wall time by phase, actions and events per second, peak memory and CPU
// time per process, and the ledger check. Goal (issue 9): thanh-hoa-2023-09 at 1:1 in under 10 minutes. Not a timed test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiffTable, resolveScenario, runScenario, type RunProgress } from '@d06/simulator';
import { startLocalSimulation, type LocalSimulation } from '../../tools/d06/src/commands/scenario-local';
import { measureCpu } from '../lookup/cpu-usage';
import { describeMachine } from '../seed-population/machine';
import { ProcessPeaks } from './process-peaks';
import { eventsPublished } from './topic-events';
import { failBenchmark } from '../failure';

const GOAL_SECONDS = 600;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'thanh-hoa-2023-09' },
      concurrency: { type: 'string', default: '64' },
      'keep-data': { type: 'boolean', default: false },
    },
  });
  const scenario = resolveScenario(values.scenario);
  const concurrency = Number(values.concurrency);
  process.env.LOG_LEVEL ??= 'error';
  const began = performance.now();
  const elapsed = () => (performance.now() - began) / 1_000;
  const log = (line: string) => process.stderr.write(`[${elapsed().toFixed(1).padStart(6)} s] ${line}\n`);

  // sampled from the start: the seed runs in this process, the services' processes join once they are up
  const started: { simulation?: LocalSimulation } = {};
  const peaks = new ProcessPeaks(() => started.simulation?.pids() ?? {});
  peaks.start();
  const simulation = await startLocalSimulation(scenario, {
    infra: 'local',
    log,
    keepData: values['keep-data'],
  });
  started.simulation = simulation;
  const setupSeconds = elapsed();
  let lastLogged = 0;
  const onProgress = (progress: RunProgress) => {
    if (progress.phase === 'actions' && performance.now() - lastLogged < 5_000) return;
    lastLogged = performance.now();
    log(
      `${progress.phase}: ${progress.done}/${progress.total} actions, business time ${progress.businessTime}`,
    );
  };
  const stopCpu = measureCpu(cpuGroups(simulation.pids()));
  const result = await runScenario(scenario, simulation.environment, { onProgress, concurrency });
  const cpu = stopCpu();
  const totalSeconds = elapsed();
  const events = await eventsPublished(simulation.endpoints.KAFKA_BROKERS, simulation.isolation.topicPrefix);
  const memory = peaks.stop();
  const machine = await describeMachine(simulation.endpoints.DATABASE_URL);
  await simulation.stop();

  const runSeconds = totalSeconds - setupSeconds;
  const actions = result.outcomes.length;
  const figures = {
    scenario: scenario.name,
    citizens: scenario.population.size,
    concurrency,
    setupSeconds: round(setupSeconds),
    runSeconds: round(runSeconds),
    totalSeconds: round(totalSeconds),
    actions,
    actionsPerSecond: Math.round(actions / runSeconds),
    events,
    eventsPerSecond: Math.round(events / runSeconds),
    verdict: result.verdict,
    summary: result.summary,
    // the figures that did not match, so a failed run can be read from its results alone
    figuresNotEqual: (result.comparison?.checks ?? []).filter((check) => check.status !== 'equal'),
    failedActions: result.outcomes.filter((o) => o.status === 'failed').length,
    peakRssMb: Object.fromEntries(Object.entries(memory).map(([name, bytes]) => [name, mb(bytes)])),
    runCpuSeconds: Object.fromEntries(Object.entries(cpu.seconds).map(([name, s]) => [name, round(s)])),
    machineBusySeconds: round(cpu.machineBusySeconds),
    machineCoreSeconds: round(cpu.wallSeconds * availableParallelism()),
    goal: { seconds: GOAL_SECONDS, met: totalSeconds < GOAL_SECONDS && result.verdict === 'passed' },
    machine,
    loadAverage: (await import('node:os')).loadavg().map(round),
    date: new Date().toISOString(),
  };
  process.stdout.write(`${formatTables(figures)}\n`);
  if (result.comparison && !result.comparison.passed)
    process.stdout.write(`${formatDiffTable(result.comparison)}\n`);
  const failures = [
    ...result.outcomes.filter((o) => o.status === 'failed').map((o) => `${o.id}: ${o.detail ?? 'failed'}`),
    ...result.linkedRuns
      .filter((run) => (run.status === 'failed') !== run.expectFailure)
      .map((run) => `${run.id}: linked run ${run.status}${run.reason ? ` (${run.reason})` : ''}`),
  ];
  for (const line of failures.slice(0, 10)) process.stdout.write(`not as planned: ${line}\n`);
  const dir = join(__dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'scenario.json'), `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`wrote bench/results/scenario.json\n`);
  if (result.verdict !== 'passed') process.exitCode = 1;
}

function formatTables(f: {
  scenario: string;
  citizens: number;
  setupSeconds: number;
  runSeconds: number;
  totalSeconds: number;
  actions: number;
  actionsPerSecond: number;
  events: number;
  eventsPerSecond: number;
  verdict: string;
  summary: string;
  peakRssMb: Record<string, number>;
  runCpuSeconds: Record<string, number>;
  machineBusySeconds: number;
  machineCoreSeconds: number;
  goal: { seconds: number; met: boolean };
}): string {
  const rows: [string, string][] = [
    ['scenario', `${f.scenario} (${f.citizens.toLocaleString('en-US')} citizens)`],
    ['setup: infrastructure, seed, services up', `${f.setupSeconds} s`],
    ['run: actions, settle, report, ledger check', `${f.runSeconds} s`],
    ['wall time', `${f.totalSeconds} s`],
    ['actions', `${f.actions.toLocaleString('en-US')} (${f.actionsPerSecond.toLocaleString('en-US')}/s)`],
    [
      'events published',
      `${f.events.toLocaleString('en-US')} (${f.eventsPerSecond.toLocaleString('en-US')}/s)`,
    ],
    ['ledger check', `${f.verdict}: ${f.summary}`],
    [`goal: under ${f.goal.seconds} s and passed`, f.goal.met ? 'met' : 'NOT met'],
  ];
  const memory: [string, string][] = Object.entries(f.peakRssMb).map(([name, value]) => [
    name,
    `${value} MB`,
  ]);
  const perAction = (seconds: number) => `${((seconds * 1_000) / Math.max(1, f.actions)).toFixed(2)} ms`;
  const cpu: [string, string][] = Object.entries(f.runCpuSeconds)
    .sort(([, a], [, b]) => b - a)
    .map(([name, seconds]) => [name, `${seconds.toFixed(1)} s  (${perAction(seconds)} an action)`]);
  cpu.push([
    'machine, all processes',
    `${f.machineBusySeconds.toFixed(1)} s of ${f.machineCoreSeconds.toFixed(1)} core-s`,
  ]);
  return [
    table(['figure', 'value'], rows),
    '',
    table(['process', 'peak RSS'], memory),
    '',
    table(['CPU during the run', 'seconds'], cpu),
  ].join('\n');
}

/** The run's processes by pid (a service's children too), and the shared infrastructure by command line. */
function cpuGroups(pids: Readonly<Record<string, number | undefined>>) {
  const services = Object.entries(pids).filter((entry): entry is [string, number] => entry[1] !== undefined);
  return [
    ['runner (this process)', (pid: number) => pid === process.pid] as const,
    ...services.map(([name, servicePid]) => [name, (pid: number) => pid === servicePid] as const),
    ['postgresql', (_pid: number, command: string) => command.startsWith('postgres')] as const,
    ['kafka', (_pid: number, command: string) => command.includes('kafka.Kafka')] as const,
    ['redis', (_pid: number, command: string) => command.startsWith('redis-server')] as const,
  ];
}

function table(header: [string, string], rows: readonly [string, string][]): string {
  const widths = [0, 1].map((i) => Math.max(header[i].length, ...rows.map((row) => row[i].length)));
  const line = (row: readonly string[]) => `${row[0].padEnd(widths[0])}  ${row[1]}`;
  return [line(header), `${'-'.repeat(widths[0])}  ${'-'.repeat(widths[1])}`, ...rows.map(line)].join('\n');
}

const round = (value: number) => Math.round(value * 100) / 100;
const mb = (bytes: number) => Math.round(bytes / 1024 ** 2);

main().catch((error: unknown) => failBenchmark('scenario', error));
