import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { ClientAuthenticator } from '../auth/client-authenticator';
import { lookupCacheKey, subjectsOf } from '../cache/cache-key';
import type { ResponseCache } from '../cache/response-cache';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import type { RateLimiter } from '../limits/rate-limiter';
import { RegistryStore } from '../registry/registry-store';
import { memberOf, parseSubsystemId } from '../registry/xroad-id';
import { CallRecorder, UNKNOWN_CLIENT, UNKNOWN_SERVICE, type CallFacts } from './call-recorder';
import { RATE_LIMITER, RESPONSE_CACHE } from './exchange.providers';
import { ProviderForwarder } from './provider-forwarder';
import { bodyHash } from './request-hash';
import { parseRoute } from './route-parser';
import { sendXroadError, XroadError } from './xroad-error';

const MAX_BODY = 10 * 1024 * 1024;
const MESSAGE_ID = /^[A-Za-z0-9._:@-]{1,100}$/;
const ROLE = /^[a-z][a-z-]{0,39}$/;
const JSON_TYPE = 'application/json';

/** An answer ready to go out. */
interface Answer {
  status: number;
  contentType: string;
  body: Buffer | string;
  extra?: Record<string, string>;
}

/**
 * The data plane: `{METHOD} /r1/{instance}/{class}/{member}/{subsystem}/{service}/{path}` on the raw Node server
 * (no framework in the way). In order: the message id, the request body and its hash, the route, the client
 * (X-Road-Client, authenticated), the service, access rights, the personal-data headers, the rate limit, the
 * response cache, injected faults, then the provider. Every call, refused or not, is recorded.
 */
@Injectable()
export class ExchangeHandler {
  constructor(
    private readonly store: RegistryStore,
    private readonly authenticator: ClientAuthenticator,
    private readonly recorder: CallRecorder,
    private readonly forwarder: ProviderForwarder,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    @Inject(RESPONSE_CACHE) private readonly cache: ResponseCache,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** The raw request listener for `/r1/…`. */
  readonly handle = (request: IncomingMessage, response: ServerResponse): void => {
    const startedAt = performance.now();
    const given = request.headers['x-road-id'];
    const messageId = typeof given === 'string' && given !== '' ? given : randomUUID();
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    request.on('end', () => {
      const body = chunks.length === 0 ? undefined : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      void this.run(request, response, messageId, startedAt, body, size).catch((error: unknown) => {
        if (!response.headersSent) {
          sendXroadError(
            response,
            new XroadError(
              'Client.InternalError',
              'The gateway failed',
              error instanceof Error ? error.message : '',
            ),
          );
        }
      });
    });
  };

  private async run(
    request: IncomingMessage,
    response: ServerResponse,
    messageId: string,
    startedAt: number,
    body: Buffer | undefined,
    size: number,
  ): Promise<void> {
    const method = request.method ?? 'GET';
    const call: CallFacts = {
      messageId,
      startedAt,
      requestInAt: this.recorder.now(),
      method,
      client: UNKNOWN_CLIENT,
      service: UNKNOWN_SERVICE,
      path: '',
      userId: header(request, 'x-road-userid'),
      issue: header(request, 'x-road-issue'),
      requestHash: bodyHash(body),
      requestBody: body,
      cacheHit: false,
      costVnd: 0,
    };
    let answer: Answer;
    let fault: XroadError | undefined;
    let recorded = true;
    try {
      if (!MESSAGE_ID.test(messageId)) throw badRequest('X-Road-Id must be 1–100 letters, digits or ._:@-');
      if (size > MAX_BODY) throw badRequest(`the body exceeds ${MAX_BODY} bytes`);
      const route = parseRoute(request.url ?? '/r1/');
      if (route.kind === 'listClients') {
        recorded = false;
        answer = json(this.store.registry.listClients());
      } else {
        answer = await this.exchange(request, call, route);
      }
    } catch (error) {
      fault =
        error instanceof XroadError
          ? error
          : new XroadError(
              'Client.InternalError',
              'The gateway failed',
              error instanceof Error ? error.message : '',
            );
      const text = JSON.stringify(fault.toJSON());
      answer = {
        status: fault.status,
        contentType: JSON_TYPE,
        body: text,
        extra: {
          'x-road-error': fault.type,
          ...(fault.retryAfterSeconds !== undefined
            ? { 'retry-after': String(fault.retryAfterSeconds) }
            : {}),
        },
      };
    }
    const written = recorded
      ? this.recorder.record(call, answer.status, answer.body, fault?.type)
      : undefined;
    if (written) await written;
    response.writeHead(answer.status, {
      'x-road-id': messageId,
      'x-road-request-hash': call.requestHash,
      'content-type': answer.contentType,
      'content-length': typeof answer.body === 'string' ? Buffer.byteLength(answer.body) : answer.body.length,
      ...(call.cacheHit ? { 'x-d06-cache': 'hit' } : {}),
      ...answer.extra,
    });
    response.end(answer.body);
  }

  private async exchange(
    request: IncomingMessage,
    call: CallFacts,
    route: Exclude<ReturnType<typeof parseRoute>, { kind: 'listClients' }>,
  ): Promise<Answer> {
    if (route.kind === 'malformed') throw badRequest(route.reason);
    if (route.kind === 'service') {
      call.service = route.serviceId;
      call.path = `${route.path}${route.query}`;
    } else {
      call.service = `${route.provider}/${route.meta}`;
      call.path = '/';
    }
    const claimed = parseSubsystemId(header(request, 'x-road-client'));
    if (!claimed) {
      throw new XroadError(
        'Client.BadRequest',
        'X-Road-Client is missing or malformed',
        'send X-Road-Client: INSTANCE/CLASS/MEMBER/SUBSYSTEM',
      );
    }
    call.client = claimed;
    const registry = this.store.registry;
    const client = await this.authenticator.authenticate(registry, claimed, request.headers);

    if (route.kind === 'meta') {
      return json(
        route.meta === 'listMethods'
          ? registry.listMethods(route.provider)
          : registry.allowedMethods(route.provider, client.id),
      );
    }

    const service = registry.service(route.serviceId);
    if (!service) {
      throw new XroadError(
        'Server.ServerProxy.UnknownService',
        'No such service',
        `${route.serviceId} is not registered`,
      );
    }
    if (!registry.allows(client.id, route.serviceId, request.method ?? 'GET', route.path)) {
      throw new XroadError(
        'Server.ServerProxy.AccessDenied',
        'The client subsystem may not call this service',
        `${client.id} has no right to ${request.method} ${route.path} of ${route.serviceId}`,
      );
    }
    if (service.entry.personalData && (!call.userId || !call.issue)) {
      throw badRequest(
        'this service returns personal data: X-Road-UserId (the officer) and X-Road-Issue (the dossier) are required',
      );
    }

    // a trusted gateway (an LGSP at the NDXP) states the member and role it forwards for
    const represented = client.gateway ? header(request, 'x-road-represented-party') : undefined;
    const statedRole = client.gateway ? header(request, 'x-d06-caller-role') : undefined;
    const role = statedRole && ROLE.test(statedRole) ? statedRole : client.callerRole;
    const agency = represented?.split('/')[1] ?? memberOf(client.id).split('/')[2];

    const cacheable =
      service.entry.cacheTtlSeconds !== undefined &&
      (request.method === 'GET' ||
        (request.method === 'POST' && service.lookupPosts.some((rule) => rule.pattern.test(route.path))));
    const cacheKey = cacheable
      ? lookupCacheKey({
          serviceId: route.serviceId,
          method: request.method ?? 'GET',
          pathAndQuery: call.path,
          bodyHash: call.requestHash,
          client: client.id,
          role,
          represented: represented ?? '',
        })
      : undefined;
    // the rate limit and the cache read share one Redis round trip
    const [rate, cached] = await Promise.all([
      this.limiter.hit(
        client.id,
        client.rateLimit ?? this.config.GATEWAY_RATE_LIMIT,
        this.config.GATEWAY_RATE_WINDOW_SECONDS,
      ),
      cacheKey ? this.cache.get(cacheKey).catch(() => undefined) : undefined,
    ]);
    if (!rate.allowed) {
      throw new XroadError(
        'Client.RateLimitExceeded',
        'Too many calls from this client subsystem',
        `the limit is ${client.rateLimit ?? this.config.GATEWAY_RATE_LIMIT} calls per ${this.config.GATEWAY_RATE_WINDOW_SECONDS} s`,
        rate.retryAfterSeconds,
      );
    }
    call.costVnd = service.entry.costVnd;
    if (cached) {
      call.cacheHit = true;
      return { status: cached.status, contentType: cached.contentType, body: cached.body };
    }

    const answer = await this.forwarder.forward(request, call, service, {
      client,
      role,
      agency,
      represented,
    });
    if (cacheKey && answer.status === 200) {
      const text = answer.body.toString('utf8');
      void this.cache
        .set(
          cacheKey,
          { status: 200, contentType: answer.contentType, body: text },
          service.entry.cacheTtlSeconds!,
          subjectsOf(call.path, call.requestBody?.toString('utf8') ?? ''),
        )
        .catch(() => undefined);
    }
    return answer;
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text === '' ? undefined : text;
}

function badRequest(detail: string): XroadError {
  return new XroadError('Client.BadRequest', 'The request is not a valid X-Road call', detail);
}

function json(value: unknown): Answer {
  return { status: 200, contentType: JSON_TYPE, body: JSON.stringify(value) };
}
