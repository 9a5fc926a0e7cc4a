import type { IncomingMessage } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { CLOCK, type Clock } from '@d06/platform';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import type { RoutedService } from '../registry/registry';
import { RegistryStore } from '../registry/registry-store';
import type { SubsystemEntry } from '../registry/registry.schema';
import { memberOf } from '../registry/xroad-id';
import type { Call } from './call';
import { callerHeaders, GATEWAY_OWNED, PASSED_BACK } from './caller-headers';
import { ProviderClient } from './provider-client';
import { XroadError } from './xroad-error';

export interface ForwardParty {
  readonly client: SubsystemEntry;
  readonly role: string;
  readonly agency: string;
  readonly represented: string | undefined;
}

export interface ForwardAnswer {
  status: number;
  contentType: string;
  body: Buffer;
  extra: Record<string, string>;
}

const tracer = trace.getTracer('@d06/gateway');

/**
 * Sends an admitted call on: through the service's injected faults (delay, error, outage on the business clock),
 * to the provider — or, for a service the registry routes `via: ndxp`, to the national gateway as an X-Road
 * client (the LGSP's own subsystem and key, the original client as represented party, the same X-Road-Id) — in a
 * span that continues the caller's trace and is propagated with `traceparent`.
 */
@Injectable()
export class ProviderForwarder {
  private readonly ndxpClient: string;

  constructor(
    private readonly providers: ProviderClient,
    private readonly store: RegistryStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {
    this.ndxpClient = config.NDXP_CLIENT;
  }

  async forward(
    request: IncomingMessage,
    call: Call,
    service: RoutedService,
    party: ForwardParty,
  ): Promise<ForwardAnswer> {
    if (!service.url) {
      throw new XroadError(
        'Server.ServerProxy.ServiceFailed',
        'The service has no provider address',
        service.unresolved,
      );
    }
    await this.injectFaults(call.service);

    const active = context.active();
    const parent = trace.getSpan(active) ? active : propagation.extract(active, request.headers);
    const span = tracer.startSpan(
      `xroad ${request.method} ${call.service}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { 'xroad.tier': this.config.GATEWAY_TIER, 'xroad.message_id': call.messageId },
      },
      parent,
    );
    const headers = this.headersFor(request, call, service, party);
    propagation.inject(trace.setSpan(parent, span), headers);
    // no SDK in this process: keep the caller's trace going by passing its context on unchanged
    if (!headers.traceparent && typeof request.headers.traceparent === 'string') {
      headers.traceparent = request.headers.traceparent;
      if (typeof request.headers.tracestate === 'string') headers.tracestate = request.headers.tracestate;
    }
    const viaNdxp = service.entry.via === 'ndxp';
    const path = viaNdxp
      ? `/r1/${call.service}${call.path}`
      : `${service.basePath}${call.path === '/' ? '' : call.path}`;
    try {
      const answer = await this.providers.send({
        url: service.url,
        path,
        method: request.method ?? 'GET',
        headers,
        body: call.requestBody,
      });
      span.setAttribute('http.response.status_code', answer.status);
      if (answer.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      const extra: Record<string, string> = {};
      for (const name of PASSED_BACK) {
        const value = answer.headers[name];
        if (typeof value === 'string' && name !== 'content-type') extra[name] = value;
      }
      // the national gateway's own fault travels back as it is
      const xroadError = viaNdxp ? answer.headers['x-road-error'] : undefined;
      if (typeof xroadError === 'string') extra['x-road-error'] = xroadError;
      const contentType = answer.headers['content-type'];
      return {
        status: answer.status,
        contentType: typeof contentType === 'string' ? contentType : 'application/octet-stream',
        body: answer.body,
        extra,
      };
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  }

  private headersFor(
    request: IncomingMessage,
    call: Call,
    service: RoutedService,
    party: ForwardParty,
  ): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && !GATEWAY_OWNED.has(name)) headers[name] = value;
    }
    headers['x-road-id'] = call.messageId;
    if (service.entry.via === 'ndxp') {
      const [, memberClass, memberCode] = memberOf(party.client.id).split('/');
      headers['x-road-client'] = this.ndxpClient;
      headers['x-road-api-key'] = this.config.NDXP_API_KEY;
      headers['x-road-represented-party'] = party.represented ?? `${memberClass}/${memberCode}`;
      headers['x-d06-caller-role'] = party.role;
      return headers;
    }
    return Object.assign(
      headers,
      callerHeaders({
        client: party.client.id,
        agency: party.agency,
        role: party.role,
        userId: call.userId,
        issue: call.issue,
        serviceId: call.service,
      }),
    );
  }

  private async injectFaults(serviceId: string): Promise<void> {
    const faults = this.store.faultsOf(serviceId);
    if (!faults) return;
    const decision = faults.decide(this.clock.now());
    if (decision.kind === 'outage') {
      throw new XroadError(
        'Server.ServerProxy.ServiceUnavailable',
        'The service is down (injected outage)',
        `until ${decision.until}`,
      );
    }
    if (decision.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
    if (decision.kind === 'error') {
      throw new XroadError(
        'Server.ServerProxy.ServiceFailed',
        'The service failed (injected fault)',
        `injected error for ${serviceId}`,
      );
    }
  }
}
