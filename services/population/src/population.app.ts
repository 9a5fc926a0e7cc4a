import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { startEventHandlers } from '@d06/messaging';
import { useObservabilityLogger } from '@d06/observability';
import { configureHttpApp, setupOpenApi } from '@d06/platform';
import type { PopulationConfig } from './config/population.config';
import { PopulationModule, type PopulationOptions } from './population.module';

/** Verification batches of 10 000 records run to a few MB of JSON. */
const BODY_LIMIT = '16mb';

export const POPULATION_API = {
  title: 'Population registry (CSDLQG về dân cư)',
  description:
    'Lookups, births, deaths, residence, CCCD cards and verification of sector records against the register. ' +
    'Every call states its caller (x-caller-* headers) and is audited; errors are RFC 9457 problem+json.',
};

/** Builds the population service, ready to `listen`; used by main.ts and by the embedded launcher. */
export async function createPopulationApp(
  config: PopulationConfig,
  options: PopulationOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(PopulationModule.forRoot(config, options), {
    bufferLogs: true,
  });
  app.useBodyParser('json', { limit: BODY_LIMIT });
  useObservabilityLogger(app);
  configureHttpApp(app);
  setupOpenApi(app, POPULATION_API);
  // the linked procedures' step requests from the one-stop saga
  await startEventHandlers(app, { group: `${config.KAFKA_TOPIC_PREFIX}population` });
  return app;
}
