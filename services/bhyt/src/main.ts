import './tracing';
import { bhytConfig } from './config/bhyt.config';
import { createBhytApp } from './bhyt.app';

async function main(): Promise<void> {
  const config = bhytConfig();
  const app = await createBhytApp(config);
  app.enableShutdownHooks();
  await app.listen(config.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  process.stderr.write(`bhyt failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
