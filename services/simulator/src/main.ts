import './app/tracing';
import { SharedClockController } from '@d06/platform';
import { environmentFromConfig } from './app/environment-from-config';
import { simulatorConfig, type SimulatorConfig } from './app/simulator.config';
import { createSimulatorApp } from './app/simulator.app';

/**
 * The simulator on its own (`d06 up --infra local|env`, a container): the services at the URLs of its env. With
 * D06_CLOCK=shared (as the services run then) it operates the business clock they follow, kept in Redis; otherwise
 * the services keep their own clocks and runs do not move business time.
 */
async function main(): Promise<void> {
  const config = simulatorConfig();
  const clock = await sharedClock(config);
  const app = await createSimulatorApp({
    environment: environmentFromConfig(config, clock),
    gatewayUrl: config.GATEWAY_URL,
    gatewayAdminKey: config.GATEWAY_ADMIN_KEY,
    runsKept: config.SIMULATOR_RUNS_KEPT,
    onClose: async () => clock?.close(),
  });
  app.enableShutdownHooks();
  await app.listen(config.PORT, '0.0.0.0');
}

/** The shared clock's controller, taking over the state in Redis as it is (wall-clock time when there is none). */
async function sharedClock(config: SimulatorConfig): Promise<SharedClockController | undefined> {
  if (config.D06_CLOCK !== 'shared') return undefined;
  const clock = new SharedClockController({
    redisUrl: config.REDIS_URL!,
    keyPrefix: config.D06_CLOCK_KEY_PREFIX,
  });
  await clock.start();
  return clock;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `simulator failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
