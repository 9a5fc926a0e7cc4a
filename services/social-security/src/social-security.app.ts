import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { startEventHandlers } from '@d06/messaging';
import { useObservabilityLogger } from '@d06/observability';
import { configureHttpApp, setupOpenApi } from '@d06/platform';
import type { SocialSecurityConfig } from './config/social-security.config';
import { SocialSecurityModule, type SocialSecurityOptions } from './social-security.module';

export const SOCIAL_SECURITY_API = {
  title: 'Social-security payments (ASXH) and the bank rail',
  description:
    'Beneficiaries (social assistance, meritorious people) verified against the population database, the ID → ' +
    'account mapping (resolve: active, inactive, not-linked, not-found), monthly payment batches sent to the ' +
    'bank rail exactly once per reference, reconciliation with the bank statement, funeral allowances of linked ' +
    'procedure 2, and the simulated bank (statements, fault injection). Every call states its caller (x-caller-* ' +
    'headers); errors are RFC 9457 problem+json.',
};

/** Builds the social-security service, ready to `listen`; used by main.ts and by the embedded launcher. */
export async function createSocialSecurityApp(
  config: SocialSecurityConfig,
  options: SocialSecurityOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    SocialSecurityModule.forRoot(config, options),
    {
      bufferLogs: true,
    },
  );
  useObservabilityLogger(app);
  configureHttpApp(app);
  setupOpenApi(app, SOCIAL_SECURITY_API);
  await startEventHandlers(app, { group: `${config.KAFKA_TOPIC_PREFIX}social-security` });
  return app;
}
