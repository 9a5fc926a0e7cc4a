import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { startEventHandlers } from '@d06/messaging';
import { useObservabilityLogger } from '@d06/observability';
import { configureHttpApp, setupOpenApi } from '@d06/platform';
import type { GatewayConfig } from './config/gateway.config';
import { ExchangeHandler } from './exchange/exchange-handler';
import { GatewayModule, type GatewayOptions } from './gateway.module';

export const GATEWAY_API = {
  title: 'LGSP/NDXP data-exchange gateway (X-Road style)',
  description:
    'The control plane of the provincial (LGSP) and national (NDXP) data-exchange gateway: the registry of ' +
    'members, subsystems, services and access rights, injected faults, the message-log verification and the cost ' +
    'figure. The data plane — `{METHOD} /r1/{instance}/{class}/{member}/{subsystem}/{service}/{path}`, the ' +
    'metaservices `/r1/listClients`, `…/listMethods` and `…/allowedMethods` — follows the X-Road message protocol ' +
    'for REST (X-Road-Client, X-Road-Id, X-Road-UserId, X-Road-Issue; errors as X-Road-Error with ' +
    '{type, message, detail}) and is described in README.md. Admin errors are RFC 9457 problem+json.',
};

/**
 * Builds the gateway, ready to `listen`. The data plane (`/r1/…`) is a raw Node request handler placed in front
 * of the Nest/Express app: a routed call goes through no middleware stack, which is most of its cost budget.
 */
export async function createGatewayApp(
  config: GatewayConfig,
  options: GatewayOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config, options), {
    bufferLogs: true,
  });
  useObservabilityLogger(app);
  configureHttpApp(app);
  setupOpenApi(app, GATEWAY_API);
  if (config.GATEWAY_CHANGE_EVENTS === 'in-process') {
    await startEventHandlers(app, { group: `${config.KAFKA_TOPIC_PREFIX}gateway-${config.GATEWAY_TIER}` });
  }
  const exchange = app.get(ExchangeHandler).handle;
  const server: Server = app.getHttpServer();
  const [framework] = server.listeners('request') as Array<(...args: unknown[]) => void>;
  server.removeAllListeners('request');
  server.on('request', framework);
  // `/r1/…` is answered before the event reaches the generic HTTP server instrumentation: the data plane traces
  // itself (a span per forwarded call, continuing the caller's traceparent, tagged with the X-Road ids), and a
  // cached lookup is not worth a span. The control plane (admin, costs, docs, probes) keeps the generic one.
  const emit = server.emit.bind(server) as (event: string, ...args: unknown[]) => boolean;
  server.emit = ((event: string, ...args: unknown[]): boolean => {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (request.url?.startsWith('/r1/')) {
        exchange(request, response);
        return true;
      }
    }
    return emit(event, ...args);
  }) as Server['emit'];
  return app;
}
