import './tracing';
import { metricsConfig } from './config/metrics.config';
import { createMetricsApp } from './metrics.app';

async function main(): Promise<void> {
  const config = metricsConfig();
  const app = await createMetricsApp(config);
  app.enableShutdownHooks();
  await app.listen(config.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `metrics failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
