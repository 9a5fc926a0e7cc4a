import { resolveScenario, runScenario } from '@d06/simulator';
import { startLocalSimulation } from './scenario-local';
import { finishedRunSummary } from './run-next-steps';
import { runProgressReporter } from './scenario-output';
import { SERVICES } from './service-ports';
import { printWhereToLook, untilSignal } from './up.command';

/**
 * `d06 up --infra local|env --scenario <name|file>`: every service in its own process on real infrastructure and
 * the run's shared business clock, the province seeded in the run's own schemas, the scenario run against those
 * processes and its summary printed; then everything keeps serving until Ctrl-C, when the processes stop and the
 * run's data is removed.
 */
export async function runLocalScenarioUp(
  nameOrFile: string,
  infra: 'local' | 'env',
  portBase?: number,
): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn';
  const scenario = resolveScenario(nameOrFile);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(
    `d06: starting every service in its own process (${infra} infrastructure) for scenario ${scenario.name}…`,
  );
  // the simulator's control API, on the run's services and clock, for testers to drive further runs
  const controlApi = SERVICES.filter(({ name }) => name === 'simulator').map(({ name }) => name);
  const simulation = await startLocalSimulation(scenario, { infra, portBase, log, alsoStart: controlApi });
  printWhereToLook(
    `one process per service on Kafka ${simulation.endpoints.KAFKA_BROKERS}, run ${simulation.isolation.runId}`,
    portBase,
  );
  const progress = runProgressReporter(process.stdout);
  try {
    const result = await runScenario(scenario, simulation.environment, { onProgress: progress.report });
    progress.stop();
    process.stdout.write(
      finishedRunSummary(
        result,
        scenario,
        portBase,
        'The business clock is paused at the end of the period. Press Ctrl-C to stop (the run’s data is removed).',
      ),
    );
  } catch (error) {
    progress.stop();
    process.stderr.write(
      `d06: the scenario failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  await untilSignal();
  await simulation.stop();
}
