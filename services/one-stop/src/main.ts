import './tracing';
import { oneStopConfig } from './config/one-stop.config';
import { createOneStopApp } from './one-stop.app';

async function main(): Promise<void> {
  const config = oneStopConfig();
  const app = await createOneStopApp(config);
  app.enableShutdownHooks();
  await app.listen(config.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `one-stop failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
