import './tracing';
import { socialSecurityConfig } from './config/social-security.config';
import { createSocialSecurityApp } from './social-security.app';

async function main(): Promise<void> {
  const config = socialSecurityConfig();
  const app = await createSocialSecurityApp(config);
  app.enableShutdownHooks();
  await app.listen(config.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `social-security failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
