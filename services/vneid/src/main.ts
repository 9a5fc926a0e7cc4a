import './tracing';
import { vneidConfig } from './config/vneid.config';
import { createVneidApp } from './vneid.app';

async function main(): Promise<void> {
  const config = vneidConfig();
  const app = await createVneidApp(config);
  app.enableShutdownHooks();
  await app.listen(config.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  process.stderr.write(`vneid failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
