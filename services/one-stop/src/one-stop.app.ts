import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { startEventHandlers } from '@d06/messaging';
import { useObservabilityLogger } from '@d06/observability';
import { configureHttpApp, setupOpenApi } from '@d06/platform';
import type { OneStopConfig } from './config/one-stop.config';
import { OneStopModule, type OneStopOptions } from './one-stop.module';

export const ONE_STOP_API = {
  title: 'One-stop administrative procedures (TTHC) and the national-portal sync',
  description:
    'The 25 + 28 essential services (agency, level, legal days, VNeID level, national-portal state, form and ' +
    'pre-filled fields); dossiers received online with a VNeID access token or at the counter by an officer, ' +
    'their status machine and legal deadlines (working days, 15:00 cut-off, Tết); the two linked procedures of ' +
    'QĐ 296 (birth and death) run as sagas over Kafka and followed at /v1/linked-runs/{runId}. Errors are RFC ' +
    '9457 problem+json.',
};

/** Builds the one-stop service, ready to `listen`; used by main.ts and by the embedded launcher. */
export async function createOneStopApp(
  config: OneStopConfig,
  options: OneStopOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(OneStopModule.forRoot(config, options), {
    bufferLogs: true,
  });
  useObservabilityLogger(app);
  configureHttpApp(app);
  setupOpenApi(app, ONE_STOP_API);
  await startEventHandlers(app, { group: `${config.KAFKA_TOPIC_PREFIX}one-stop` });
  return app;
}
