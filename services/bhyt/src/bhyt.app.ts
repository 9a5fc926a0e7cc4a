import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { startEventHandlers } from '@d06/messaging';
import { useObservabilityLogger } from '@d06/observability';
import { configureHttpApp, setupOpenApi } from '@d06/platform';
import { BhytModule, type BhytOptions } from './bhyt.module';
import type { BhytConfig } from './config/bhyt.config';

export const BHYT_API = {
  title: 'BHYT card gateway (BHXH)',
  description:
    "Health-insurance card lookups at hospital check-in (by CCCD number or card code, answered with BHXH's " +
    'result codes), the facility registry, participant sync with the population database, TE cards for children ' +
    'under 6, household renewals with the premium deduction, and claims. Errors are RFC 9457 problem+json.',
};

/** Builds the BHYT service, ready to `listen`; used by main.ts and by the embedded launcher. */
export async function createBhytApp(
  config: BhytConfig,
  options: BhytOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(BhytModule.forRoot(config, options), {
    bufferLogs: true,
  });
  useObservabilityLogger(app);
  configureHttpApp(app);
  setupOpenApi(app, BHYT_API);
  await startEventHandlers(app, { group: `${config.KAFKA_TOPIC_PREFIX}bhyt` });
  return app;
}
