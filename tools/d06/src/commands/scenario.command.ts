import { readFileSync, writeFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { stringify } from 'yaml';
import {
  listScenarios,
  resolveScenario,
  runScenario,
  scenarioFromReport,
  type ReportInput,
  type RunResult,
} from '@d06/simulator';
import { startEmbeddedSimulation } from './scenario-embedded';
import { startLocalSimulation } from './scenario-local';
import { formatRunSummary, runProgressReporter, writeRunOutputs, type RunOutputs } from './scenario-output';

/** Exit codes: 0 every ledger figure equals the report, 1 a figure differs or could not be compared, 2 bad input. */
export const SCENARIO_EXIT = { passed: 0, failed: 1, badInput: 2 } as const;

interface RunArguments extends RunOutputs {
  readonly infra: 'embedded' | 'local' | 'env';
  readonly concurrency: number;
  readonly json?: boolean;
  readonly keepData?: boolean;
}

export function registerScenarioCommand(program: Command): void {
  const scenario = program
    .command('scenario')
    .description('simulation scenarios: list, run, derive from a report');
  scenario
    .command('list')
    .description('the shipped scenarios and fault drills')
    .option('--json', 'as JSON')
    .action((options: { json?: boolean }) => {
      const all = listScenarios();
      if (options.json) return void process.stdout.write(`${JSON.stringify(all)}\n`);
      for (const s of all)
        process.stdout.write(`${s.name.padEnd(28)} ${s.kind.padEnd(8)} ${s.description}\n`);
    });
  scenario
    .command('run <nameOrFile>')
    .description(
      'run a scenario and compare the report with its ledger (exit 0 only if every figure is equal)',
    )
    .option(
      '--infra <mode>',
      'embedded (one process) | local (infra/local: Kafka, PostgreSQL, Redis) | env (KAFKA_BROKERS, DATABASE_URL, REDIS_URL)',
      parseInfra,
      'embedded',
    )
    .option('--report <file>', 'write the report (JSON)')
    .option('--junit <file>', 'write JUnit XML: a case per linked run and per figure check')
    .option('--html <file>', 'write an HTML summary')
    .option('--json', 'print the result as JSON')
    .option('--keep-data', "local/env: keep the run's schemas, topics and Redis keys afterwards")
    .option(
      '--concurrency <n>',
      'actions carried out at once (1: one by one, each at its own instant; above 1: waves of a quarter hour)',
      parseConcurrency,
      1,
    )
    .action(async (nameOrFile: string, options: RunArguments) => {
      process.exitCode = await runScenarioCommand(nameOrFile, options);
    });
  scenario
    .command('from-report <report>')
    .description('derive a scenario from a report of the d06-report/v1 structure')
    .option('-o, --output <file>', 'write the scenario YAML here (default: stdout)')
    .option('--scale <factor>', 'volumes × factor (1 = 1:1)', parseScale, 1)
    .option('--name <name>', 'the scenario name')
    .action((file: string, options: { output?: string; scale: number; name?: string }) => {
      process.exitCode = fromReportCommand(file, options);
    });
}

export async function runScenarioCommand(nameOrFile: string, options: RunArguments): Promise<number> {
  let scenario;
  try {
    scenario = resolveScenario(nameOrFile);
  } catch (error) {
    process.stderr.write(`d06 scenario run: ${error instanceof Error ? error.message : String(error)}\n`);
    return SCENARIO_EXIT.badInput;
  }
  process.env.LOG_LEVEL ??= 'error';
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let simulation;
  try {
    simulation =
      options.infra === 'embedded'
        ? await startEmbeddedSimulation(scenario, portBase(), log)
        : await startLocalSimulation(scenario, {
            infra: options.infra,
            portBase: portBase(),
            log,
            keepData: options.keepData,
          });
  } catch (error) {
    process.stderr.write(`d06 scenario run: ${error instanceof Error ? error.message : String(error)}\n`);
    return SCENARIO_EXIT.failed;
  }
  const progress = runProgressReporter();
  let result: RunResult;
  try {
    result = await runScenario(scenario, simulation.environment, {
      onProgress: progress.report,
      concurrency: options.concurrency,
    });
  } finally {
    progress.stop();
    await simulation.stop();
  }
  const written = writeRunOutputs(result, options);
  process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : formatRunSummary(result));
  for (const file of written) process.stderr.write(`wrote ${file}\n`);
  return result.verdict === 'passed' ? SCENARIO_EXIT.passed : SCENARIO_EXIT.failed;
}

function fromReportCommand(file: string, options: { output?: string; scale: number; name?: string }): number {
  let report: ReportInput;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as ReportInput;
  } catch (error) {
    process.stderr.write(
      `d06 scenario from-report: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return SCENARIO_EXIT.badInput;
  }
  const { scenario, inconsistencies, notReproduced } = scenarioFromReport(report, {
    scale: options.scale,
    name: options.name,
  });
  const header = [
    `# Generated by d06 scenario from-report ${file} --scale ${options.scale}`,
    ...inconsistencies.map((line) => `# inconsistent in the report (generated from its counts): ${line}`),
    ...notReproduced.map((line) => `# not set by this scenario: ${line}`),
  ].join('\n');
  const yaml = `${header}\n${stringify(scenario)}`;
  if (options.output) writeFileSync(options.output, yaml);
  else process.stdout.write(yaml);
  for (const line of inconsistencies) process.stderr.write(`inconsistent: ${line}\n`);
  return SCENARIO_EXIT.passed;
}

function parseInfra(value: string): RunArguments['infra'] {
  if (value === 'embedded' || value === 'local' || value === 'env') return value;
  throw new InvalidArgumentError('expected embedded, local or env');
}

function parseConcurrency(value: string): number {
  const concurrency = Number(value);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 512)
    throw new InvalidArgumentError('expected a whole number from 1 to 512');
  return concurrency;
}

function parseScale(value: string): number {
  const scale = Number(value);
  if (!(scale > 0 && scale <= 10)) throw new InvalidArgumentError('expected a factor above 0, at most 10');
  return scale;
}

function portBase(): number | undefined {
  return process.env.PORT_BASE ? Number(process.env.PORT_BASE) : undefined;
}
