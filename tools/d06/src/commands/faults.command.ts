import { type Command } from 'commander';
import { DomainError } from '@d06/platform';
import { GatewayAdminClient } from '@d06/simulator/src/gateway-faults/gateway-admin.client';
import { faultSpecSchema } from '@d06/gateway/src/faults/fault-spec';
import {
  describeFaults,
  faultSpecOf,
  parseErrorRate,
  parseLatency,
  parseOutage,
  parsePeakHour,
  parseServiceId,
  type FaultSpecInput,
  type LatencySpec,
} from './faults-arguments';
import { gatewayUrlFromEnv } from './service-ports';

/** Exit codes: 0 done, 1 the gateway could not be reached or refused the call, 2 bad input. */
export const FAULTS_EXIT = { done: 0, failed: 1, badInput: 2 } as const;

const DEFAULT_ADMIN_KEY = 'gateway-admin-simulator-key';

interface SetOptions {
  latency?: LatencySpec;
  errorRate?: number;
  outage?: { from: string; to: string }[];
  peakHour?: Record<string, number>;
  json?: boolean;
}

export function registerFaultsCommand(program: Command): void {
  const faults = program
    .command('faults')
    .description(
      "faults at the gateway's exchange layer, at run time (GATEWAY_URL, admin key GATEWAY_ADMIN_KEY)",
    );
  faults
    .command('set <serviceId>')
    .description("inject faults into a gateway service's calls; replaces the service's faults")
    .option('--latency <dist>', 'fixed:MS | uniform:MIN-MAX | lognormal:MEDIAN,SIGMA', parseLatency)
    .option(
      '--error-rate <share>',
      'share of calls failed (Server.ServerProxy.ServiceFailed), 0–1 or 5%',
      parseErrorRate,
    )
    .option(
      '--outage <from/to...>',
      'down between two business date-times (Vietnam time unless an offset)',
      parseOutage,
    )
    .option('--peak-hour <H=xF...>', 'latency × F in business hour H, e.g. 8=x3', parsePeakHour)
    .option('--json', 'print the gateway answer as JSON')
    .exitOverride(exitOnBadArguments)
    .action(async (serviceId: string, options: SetOptions) => {
      process.exitCode = await setFaults(serviceId, options);
    });
  faults
    .command('clear <serviceId>')
    .description("remove a service's faults")
    .option('--json', 'print the outcome as JSON')
    .exitOverride(exitOnBadArguments)
    .action(async (serviceId: string, options: { json?: boolean }) => {
      process.exitCode = await clearFaults(serviceId, options);
    });
  faults
    .command('list')
    .description(
      'the services of the gateway faults can be set on (the ids `set` and `clear` take) and the faults set now',
    )
    .option('--json', 'as JSON')
    .exitOverride(exitOnBadArguments)
    .action(async (options: { json?: boolean }) => {
      process.exitCode = await listServices(options);
    });
}

export async function setFaults(serviceId: string, options: SetOptions): Promise<number> {
  let spec: FaultSpecInput;
  try {
    parseServiceId(serviceId);
    spec = faultSpecOf(options);
    // the gateway's own schema: what it would refuse is refused here, before the call
    const checked = faultSpecSchema.safeParse(spec);
    if (!checked.success)
      throw new Error(
        checked.error.issues.map((i) => `${i.path.join('.') || 'spec'}: ${i.message}`).join('; '),
      );
  } catch (error) {
    return fail('set', error, FAULTS_EXIT.badInput);
  }
  return withGateway('set', async (gateway) => {
    const answer = await gateway.setFaults(serviceId, spec);
    print(options.json, answer, [
      `faults set on ${serviceId}:`,
      ...describeFaults(answer.faults as FaultSpecInput).map((line) => `  ${line}`),
    ]);
  });
}

export async function clearFaults(serviceId: string, options: { json?: boolean }): Promise<number> {
  try {
    parseServiceId(serviceId);
  } catch (error) {
    return fail('clear', error, FAULTS_EXIT.badInput);
  }
  return withGateway('clear', async (gateway) => {
    let cleared = true;
    try {
      await gateway.clearFaults(serviceId);
    } catch (error) {
      // clearing what is not there leaves what was asked for: no faults (so a teardown can always clear)
      if (!(error instanceof DomainError && error.code === 'NO_FAULTS')) throw error;
      cleared = false;
    }
    print(options.json, { serviceId, cleared }, [
      cleared ? `faults cleared on ${serviceId}` : `${serviceId} had no faults; nothing to clear`,
    ]);
  });
}

async function listServices(options: { json?: boolean }): Promise<number> {
  return withGateway('list', async (gateway) => {
    const [services, injected] = await Promise.all([gateway.services(), gateway.injectedFaults()]);
    const faultsOf = new Map(injected.map((entry) => [entry.serviceId, entry.faults]));
    print(options.json, { services: services.map((s) => ({ ...s, faults: faultsOf.get(s.id) ?? null })) }, [
      `services of the gateway at ${gatewayUrl()} (d06 faults set <id> …):`,
      ...services.map((s) => {
        const faults = faultsOf.get(s.id);
        return `  ${s.id.padEnd(52)} ${s.name}${faults ? `\n    faults: ${JSON.stringify(faults)}` : ''}`;
      }),
    ]);
  });
}

function gatewayUrl(): string {
  return gatewayUrlFromEnv();
}

/** Runs a call to the gateway's admin API; its refusals become messages and exit codes. */
async function withGateway(
  verb: string,
  call: (gateway: GatewayAdminClient) => Promise<void>,
): Promise<number> {
  let gateway: GatewayAdminClient;
  try {
    gateway = new GatewayAdminClient(gatewayUrl(), process.env.GATEWAY_ADMIN_KEY || DEFAULT_ADMIN_KEY);
  } catch (error) {
    return fail(verb, error, FAULTS_EXIT.badInput);
  }
  try {
    await call(gateway);
    return FAULTS_EXIT.done;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const fields = (error.errors ?? []).map((e) => `\n  ${e.field}: ${e.message}`).join('');
    const badInput = error.status === 400 || error.code === 'UNKNOWN_GATEWAY_SERVICE';
    const hint = error.code === 'UNKNOWN_GATEWAY_SERVICE' ? ' (see d06 faults list)' : '';
    process.stderr.write(`d06 faults ${verb}: ${error.detail ?? error.title}${hint}${fields}\n`);
    return badInput ? FAULTS_EXIT.badInput : FAULTS_EXIT.failed;
  }
}

function print(json: boolean | undefined, value: unknown, lines: string[]): void {
  process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${lines.join('\n')}\n`);
}

function fail(verb: string, error: unknown, code: number): number {
  process.stderr.write(`d06 faults ${verb}: ${error instanceof Error ? error.message : String(error)}\n`);
  return code;
}

function exitOnBadArguments(error: { exitCode: number }): never {
  process.exit(error.exitCode === 0 ? 0 : FAULTS_EXIT.badInput);
}
