import './tracing';
import { populationConfig } from './config/population.config';
import { createPopulationApp } from './population.app';

async function main(): Promise<void> {
  const config = populationConfig();
  const app = await createPopulationApp(config);
  app.enableShutdownHooks();
  await app.listen(config.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `population failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
