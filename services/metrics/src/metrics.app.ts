import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { useObservabilityLogger } from '@d06/observability';
import { configureHttpApp } from '@d06/platform';
import type { MetricsConfig } from './config/metrics.config';
import { MetricsModule } from './metrics.module';

/** Builds the metrics service, ready to `listen`; used by main.ts and by the embedded launcher. */
export async function createMetricsApp(config: MetricsConfig): Promise<INestApplication> {
  const app = await NestFactory.create(MetricsModule.forRoot(config), { bufferLogs: true });
  useObservabilityLogger(app);
  return configureHttpApp(app);
}
