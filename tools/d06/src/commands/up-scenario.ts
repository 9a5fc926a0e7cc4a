import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulatorApp, htmlSummary, resolveScenario, simulatorRuns } from '@d06/simulator';
import { startEmbeddedSimulation } from './scenario-embedded';
import { formatRunSummary, runProgressReporter } from './scenario-output';
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
    const html = join(tmpdir(), `d06-${scenario.name}-run.html`);
    writeFileSync(html, htmlSummary(result));
    const metrics = `http://127.0.0.1:${portOf('metrics', portBase)}`;
    process.stdout.write(
      [
        formatRunSummary(result),
        'Where to look next:',
        `  run summary (HTML)   file://${html}`,
        `  report (JSON)        ${metrics}/v1/reports?province=${Number(result.provinceCode)}&period=${result.period}&startDay=${Number(scenario.period.from.slice(8, 10))}`,
        `  OIDC discovery       http://127.0.0.1:${portOf('vneid', portBase)}/.well-known/openid-configuration`,
        `  API docs             http://127.0.0.1:${portOf('population', portBase)}/docs (each service has /docs)`,
        `  simulator runs       http://127.0.0.1:${portOf('simulator', portBase)}/v1/runs (start the next one there)`,
        `  a drill              npx d06 scenario list; npx d06 scenario run drill-crash --junit r.xml --html r.html`,
        'The business clock is paused at the end of the period. Press Ctrl-C to stop.',
        '',
      ].join('\n'),
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
