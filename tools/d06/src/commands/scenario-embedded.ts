import type { INestApplication } from '@nestjs/common';
import { busFaultEnv } from '@d06/messaging';
import { VirtualClock } from '@d06/platform';
import type { RunEnvironment, Scenario } from '@d06/simulator';
import { createEmbeddedService } from './embedded-launcher';
import { runStart, seedScenario } from './scenario-seed';
import { scenarioBusFaults, serviceSettings } from './scenario-settings';
import { portOf, SIMULATED_SERVICES as SERVICES, type ServiceName } from './service-ports';

export interface EmbeddedSimulation {
  readonly environment: RunEnvironment;
  readonly clock: VirtualClock;
  stop(): Promise<void>;
}

/**
 * Every service in this process on the embedded adapters, sharing one virtual business clock that starts the day
 * before the scenario's period (paused: the runner moves it), with the scenario's fault settings (its bus faults
 * through the process's D06_BUS_* variables, which every bus and outbox relay here reads); then the registries
 * seeded from the scenario's synthetic province.
 */
export async function startEmbeddedSimulation(
  scenario: Scenario | undefined,
  portBase?: number,
  log: (line: string) => void = () => undefined,
): Promise<EmbeddedSimulation> {
  const start = scenario ? runStart(scenario) : new Date();
  const clock = new VirtualClock(start, scenario?.clock?.speed ?? 1);
  if (scenario) clock.pause();
  const restoreEnv = setProcessEnv(busFaultEnvOf(scenario));
  const apps = new Map<ServiceName, INestApplication>();
  const launch = async (name: ServiceName): Promise<void> => {
    const settings = serviceSettings(scenario, name, portBase);
    const app = await createEmbeddedService(name, portBase, { clock, settings });
    try {
      await app.listen(portOf(name, portBase), '127.0.0.1');
    } catch (error) {
      await app.close();
      throw error;
    }
    apps.set(name, app);
  };
  const stopAll = async (): Promise<void> => {
    for (const app of [...apps.values()].reverse()) await app.close();
    apps.clear();
    restoreEnv();
  };
  let seeded: Record<string, number>;
  try {
    for (const { name } of SERVICES) await launch(name);
    seeded = scenario ? await seedScenario(scenario, start, log) : {};
  } catch (error) {
    // a port taken or a seed refused: what did start is stopped, so the caller can report and exit
    await stopAll();
    throw error;
  }
  const known = new Set<string>(SERVICES.map((s) => s.name));
  const environment: RunEnvironment = {
    urls: Object.fromEntries(
      SERVICES.map(({ name }) => [name, `http://127.0.0.1:${portOf(name, portBase)}`]),
    ),
    clock,
    seeded,
    kill: async (service) => {
      if (!known.has(service)) return;
      await apps.get(service)?.close();
      apps.delete(service);
    },
    restart: async (service) => {
      if (known.has(service) && !apps.has(service)) await launch(service);
    },
  };
  return {
    environment,
    clock,
    stop: stopAll,
  };
}

function busFaultEnvOf(scenario: Scenario | undefined): Record<string, string> {
  const faults = scenarioBusFaults(scenario);
  return faults ? busFaultEnv(faults) : {};
}

/** Sets variables for this process; returns what puts the previous values back. */
function setProcessEnv(values: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
