import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { useObservabilityLogger } from '@d06/observability';
import { configureHttpApp, setupOpenApi } from '@d06/platform';
import { RunRegistry } from '../runs/run-registry.service';
import type { SimulatorOptions } from './simulator-options';
import { SimulatorModule } from './simulator.module';

export const SIMULATOR_API = {
  title: 'd06 simulator control API',
  description:
    'For integration testers: start runs of the shipped scenarios and drills (or of a scenario given inline), ' +
    'follow their progress, fetch the report, JUnit XML and HTML summary; operate the business clock; inject ' +
    "faults at the gateway's exchange layer. Errors are RFC 9457 problem+json.",
};

/**
 * Builds the simulator service, ready to `listen`: by main.ts with an environment from env, or by `d06 up` with
 * the embedded services' environment (their shared clock and kill/restart levers).
 */
export async function createSimulatorApp(options: SimulatorOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(SimulatorModule.forRoot(options), {
    bufferLogs: true,
  });
  useObservabilityLogger(app);
  configureHttpApp(app);
  setupOpenApi(app, SIMULATOR_API);
  return app;
}

/** The app's runs, for a caller in the same process (`npm start` runs its demo through them). */
export function simulatorRuns(app: INestApplication): RunRegistry {
  return app.get(RunRegistry);
}
