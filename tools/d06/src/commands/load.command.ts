import { type Command } from 'commander';
import { resolveScenario } from '@d06/simulator';
import { load, type LoadResult } from './load-autocannon';
import {
  parseConnections,
  parseDuration,
  parseFacility,
  parsePatientCount,
  parseUrl,
  readPatientsFile,
} from './load-arguments';
import {
  cardCheckBody,
  cardCheckUrl,
  DEFAULT_FACILITY,
  insuredPatients,
  LOOKUP_HEADERS,
  type Patient,
} from './load-lookup-request';
import { loadProgress, loadTable } from './load-output';
import { gatewayUrlFromEnv } from './service-ports';

/** Exit codes: 0 the load ran, 1 the gateway could not be used (or answered nothing but errors), 2 bad input. */
export const LOAD_EXIT = { done: 0, failed: 1, badInput: 2 } as const;

export interface LookupLoadOptions {
  readonly connections: number;
  readonly duration: number;
  readonly url?: string;
  readonly cccdFile?: string;
  readonly scenario: string;
  readonly patients: number;
  readonly facility: string;
  readonly json?: boolean;
}

export function registerLoadCommand(program: Command): void {
  const loadCommand = program.command('load').description('load tests against the gateway (autocannon)');
  loadCommand
    .command('lookup')
    .description(
      'BHYT card checks by CCCD through the LGSP gateway, as a hospital information system makes them',
    )
    .option('--connections <n>', 'concurrent connections', parseConnections, 10)
    .option('--duration <seconds>', 'how long to load', parseDuration, 10)
    .option(
      '--url <url>',
      'the gateway (default GATEWAY_URL, else the gateway port with PORT_BASE)',
      parseUrl,
    )
    .option('--cccd-file <file>', 'patients to look up, one a line: idNumber,fullName,birthDate')
    .option(
      '--scenario <name>',
      "without --cccd-file: the insured people of this scenario's province",
      'demo',
    )
    .option('--patients <n>', 'without --cccd-file: how many of them', parsePatientCount, 1_000)
    .option('--facility <code>', 'the checking facility', parseFacility, DEFAULT_FACILITY)
    .option('--json', 'print the result as JSON')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : LOAD_EXIT.badInput))
    .action(async (options: LookupLoadOptions) => {
      process.exitCode = await runLookupLoad(options);
    });
}

export async function runLookupLoad(options: LookupLoadOptions): Promise<number> {
  let gateway: string;
  let patients: Patient[];
  try {
    gateway = options.url ?? gatewayUrlFromEnv();
    patients = options.cccdFile ? readPatientsFile(options.cccdFile) : scenarioPatients(options);
  } catch (error) {
    process.stderr.write(`d06 load lookup: ${(error as Error).message}\n`);
    return LOAD_EXIT.badInput;
  }
  const url = cardCheckUrl(gateway);
  const bodies = patients.map((patient) => cardCheckBody(patient, options.facility));
  const refusal = await firstLookupRefusal(url, bodies[0]);
  if (refusal) {
    process.stderr.write(`d06 load lookup: ${refusal}\n`);
    return LOAD_EXIT.failed;
  }
  process.stderr.write(
    `d06 load lookup: ${options.duration} s at ${options.connections} connections, ${bodies.length} patients in turn, against ${url}\n`,
  );
  const progress = loadProgress(options.duration);
  let result: LoadResult;
  try {
    result = await load('gateway → BHYT card check', {
      url,
      headers: { ...LOOKUP_HEADERS },
      bodies,
      connections: options.connections,
      seconds: options.duration,
      onTick: progress.tick,
    });
  } finally {
    progress.stop();
  }
  process.stdout.write(
    options.json
      ? `${JSON.stringify({ url, connections: options.connections, seconds: options.duration, patients: bodies.length, ...result })}\n`
      : `${loadTable(result)}\n`,
  );
  if (result.requests === 0 || result.errors >= result.requests) {
    process.stderr.write('d06 load lookup: no lookup succeeded\n');
    return LOAD_EXIT.failed;
  }
  return LOAD_EXIT.done;
}

/** The insured people of the scenario's synthetic province: the BHYT seed of `d06 up` with it loaded them. */
function scenarioPatients(options: LookupLoadOptions): Patient[] {
  const scenario = resolveScenario(options.scenario);
  const patients = insuredPatients(
    {
      provinceCode: scenario.province,
      size: scenario.population.size,
      seed: scenario.seed,
      referenceDate: scenario.population.referenceDate ?? scenario.period.asOf,
    },
    options.patients,
  );
  if (patients.length === 0) throw new Error(`scenario ${scenario.name} has no insured people to look up`);
  return patients;
}

/**
 * One lookup before the load, so a gateway that is down, refuses the client or cannot reach BHYT is a clear
 * message rather than a table of errors. Returns the message, or undefined when the gateway answers.
 */
async function firstLookupRefusal(url: string, body: string): Promise<string | undefined> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { ...LOOKUP_HEADERS, 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    const reason = (error as { cause?: Error }).cause?.message ?? (error as Error).message;
    return `the gateway at ${new URL(url).origin} did not answer (${reason}); is it running (npm start), or set GATEWAY_URL / --url`;
  }
  const text = await response.text();
  const xroadError = response.headers.get('x-road-error');
  if (response.status < 500 && ![401, 403, 404].includes(response.status)) return undefined;
  let message = '';
  try {
    message = (JSON.parse(text) as { message?: string }).message ?? '';
  } catch {
    message = '';
  }
  return `the gateway answered the first lookup with ${response.status}${xroadError ? ` ${xroadError}` : ''}${message ? `: ${message}` : ''}`;
}
