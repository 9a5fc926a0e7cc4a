import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { useObservabilityLogger } from '@d06/observability';
import { configureHttpApp, setupOpenApi } from '@d06/platform';
import type { MetricsConfig } from './config/metrics.config';
import { MetricsModule } from './metrics.module';

export const METRICS_API = {
  title: 'Metrics: the Đề án 06 report from events',
  description:
    'Figures built from the domain events alone (population, VNeID, one-stop, BHYT, social security, data ' +
    'exchange), counted exactly once: consumer positions are stored with the counts, and a re-published copy of an ' +
    'event (same CloudEvents id) is screened out by a per-partition window of recent ids. ' +
    'GET /v1/reports gives the provincial report (d06-report/v1, contracts/report/d06-report.v1.schema.json) as ' +
    'JSON, CSV, XLSX, DOCX or HTML for a month or any range, with a trace of the events behind each figure; ' +
    'PUT /v1/opening-balances carries cumulative values in from before the simulated period; errors are RFC 9457 ' +
    'problem+json.',
};

/** Builds the metrics service, ready to `listen`; used by main.ts and by the embedded launcher. */
export async function createMetricsApp(config: MetricsConfig): Promise<INestApplication> {
  const app = await NestFactory.create(MetricsModule.forRoot(config), { bufferLogs: true });
  useObservabilityLogger(app);
  configureHttpApp(app);
  setupOpenApi(app, METRICS_API);
  return app;
}
