import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { startEventHandlers } from '@d06/messaging';
import { useObservabilityLogger } from '@d06/observability';
import { configureHttpApp, setupOpenApi } from '@d06/platform';
import type Provider from 'oidc-provider';
import type { VneidConfig } from './config/vneid.config';
import { oidcMiddleware } from './oidc/mount-oidc';
import { OIDC_PROVIDER } from './oidc/oidc.tokens';
import { VneidModule, type VneidOptions } from './vneid.module';

export const VNEID_API = {
  title: 'VNeID e-ID service',
  description:
    'e-ID accounts (level 1 and 2: request, approval, activation, upgrade, lock, revocation), identity ' +
    'verification for relying parties, integrated documents and activation targets. The OpenID Connect provider ' +
    'itself is described by its discovery document (/.well-known/openid-configuration). /v1 calls state their ' +
    'caller (x-caller-* headers); errors are RFC 9457 problem+json.',
};

/** Builds the VNeID service, ready to `listen`; used by main.ts and by the embedded launcher. */
export async function createVneidApp(
  config: VneidConfig,
  options: VneidOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(VneidModule.forRoot(config, options), {
    bufferLogs: true,
  });
  // First, before Nest's body parsers: oidc-provider reads its requests' bodies itself.
  app.use(oidcMiddleware(app.get<Provider>(OIDC_PROVIDER)));
  useObservabilityLogger(app);
  configureHttpApp(app);
  setupOpenApi(app, VNEID_API);
  await startEventHandlers(app, { group: `${config.KAFKA_TOPIC_PREFIX}vneid` });
  return app;
}
