import { createSimulatorApp, resolveScenario, simulatorRuns } from '@d06/simulator';
import { startEmbeddedSimulation } from './scenario-embedded';
import { finishedRunSummary } from './run-next-steps';
import { runProgressReporter } from './scenario-output';
import { portOf } from './service-ports';
import { printWhereToLook, untilSignal } from './up.command';

/** What `npm start` runs: small enough for first figures within about a minute. */
export const DEFAULT_SCENARIO = 'demo';

/**
 * `d06 up --infra embedded` with a scenario: every service in this process on a shared business clock, the
 * province seeded, the simulated period run, a summary printed with where to look next; then serves until Ctrl-C.
 */
export async function runEmbeddedScenario(nameOrFile: string, portBase?: number): Promise<void> {
  process.env.LOG_LEVEL ??= 'error';
  const scenario = resolveScenario(nameOrFile);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(
    `d06: starting every service in this process and seeding scenario ${scenario.name} (${scenario.population.size.toLocaleString('en-US')} citizens)…`,
  );
  const simulation = await startEmbeddedSimulation(scenario, portBase, log);
  // the simulator's control API runs the scenario, so GET /v1/runs shows it and testers can start the next one
  const simulator = await createSimulatorApp({ environment: simulation.environment });
  await simulator.listen(portOf('simulator', portBase), '127.0.0.1');
  printWhereToLook('embedded: one process, in-memory broker, embedded PostgreSQL (PGlite)', portBase);
  const progress = runProgressReporter(process.stdout);
  try {
    const result = await simulatorRuns(simulator).start(scenario, { onProgress: progress.report }).finished;
    progress.stop();
    process.stdout.write(
      finishedRunSummary(
        result,
        scenario,
        portBase,
        'The business clock is paused at the end of the period. Press Ctrl-C to stop.',
      ),
    );
  } catch (error) {
    progress.stop();
    process.stderr.write(
      `d06: the scenario failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  await untilSignal();
  await simulator.close();
  await simulation.stop();
}
