import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { ClientAuthenticator } from '../auth/client-authenticator';
import { subjectsOf } from '../cache/cache-key';
import type { ResponseCache } from '../cache/response-cache';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import type { RateDecision, RateLimiter } from '../limits/rate-limiter';
import { RegistryStore } from '../registry/registry-store';
import type { SubsystemEntry } from '../registry/registry.schema';
import { admit, clientOf, MAX_BODY_BYTES, routeOf, type Admitted, type CallRoute } from './admission';
import { asFault, faultAnswer, jsonAnswer, writeAnswer, type Answer } from './answer';
import { Call } from './call';
import { CallRecorder } from './call-recorder';
import { RATE_LIMITER, RESPONSE_CACHE } from './exchange.providers';
import { ProviderForwarder } from './provider-forwarder';
import { bodyHash } from './request-hash';
import { XroadError } from './xroad-error';

/**
 * The data plane: `{METHOD} /r1/{instance}/{class}/{member}/{subsystem}/{service}/{path}` on the raw Node server
 * (no framework in the way). In order: the message id, the request body and its hash, the route, the client
 * (X-Road-Client, authenticated), the service, access rights, the personal-data headers, the rate limit, the
 * response cache, injected faults, then the provider. Every call, refused or not, is recorded.
 *
 * Each step decides synchronously when it can — an API key, a rate-limit lease with calls left, an answer in the
 * near cache — so a cached lookup is answered in one pass with no promise; a step that needs I/O (a bearer token,
 * a lease top-up, Redis, the provider) continues asynchronously from there.
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
    const call = new Call(request, this.recorder.now(), performance.now());
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      const body = chunks.length === 0 ? undefined : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      call.requestBody = body;
      call.requestHash = bodyHash(body);
      this.start(request, response, call, size);
    });
  };

  private start(request: IncomingMessage, response: ServerResponse, call: Call, size: number): void {
    let route: CallRoute;
    let client: SubsystemEntry | undefined;
    try {
      route = routeOf(call, request, size);
      if (route.kind === 'listClients') {
        return this.send(response, call, jsonAnswer(this.store.registry.listClients()), undefined, false);
      }
      client = clientOf(call, request, this.store.registry, this.authenticator);
    } catch (error) {
      return this.fail(response, call, error);
    }
    if (client) return this.authenticated(request, response, call, route, client);
    this.authenticator.authenticate(this.store.registry, call.client, request.headers).then(
      (authenticated) => this.authenticated(request, response, call, route, authenticated),
      (error: unknown) => this.fail(response, call, error),
    );
  }

  private authenticated(
    request: IncomingMessage,
    response: ServerResponse,
    call: Call,
    route: CallRoute,
    client: SubsystemEntry,
  ): void {
    let admitted: Admitted;
    let rate: RateDecision | undefined;
    const limit = client.rateLimit ?? this.config.GATEWAY_RATE_LIMIT;
    const window = this.config.GATEWAY_RATE_WINDOW_SECONDS;
    try {
      if (route.kind === 'meta') {
        const registry = this.store.registry;
        const listed =
          route.meta === 'listMethods'
            ? registry.listMethods(route.provider)
            : registry.allowedMethods(route.provider, client.id);
        return this.send(response, call, jsonAnswer(listed), undefined);
      }
      if (route.kind !== 'service') throw new Error(`unexpected route ${route.kind}`);
      admitted = admit(this.store.registry, request, call, route, client);
      rate = this.limiter.tryHit(client.id, limit, window);
    } catch (error) {
      return this.fail(response, call, error);
    }
    if (rate) return this.rated(request, response, call, admitted, rate);
    this.limiter.hit(client.id, limit, window).then(
      (decided) => this.rated(request, response, call, admitted, decided),
      (error: unknown) => this.fail(response, call, error),
    );
  }

  private rated(
    request: IncomingMessage,
    response: ServerResponse,
    call: Call,
    admitted: Admitted,
    rate: RateDecision,
  ): void {
    if (!rate.allowed) {
      const limit = admitted.client.rateLimit ?? this.config.GATEWAY_RATE_LIMIT;
      const fault = new XroadError(
        'Client.RateLimitExceeded',
        'Too many calls from this client subsystem',
        `the limit is ${limit} calls per ${this.config.GATEWAY_RATE_WINDOW_SECONDS} s`,
        rate.retryAfterSeconds,
      );
      return this.fail(response, call, fault);
    }
    call.costVnd = admitted.service.entry.costVnd;
    const cached = admitted.cacheKey === undefined ? undefined : this.cache.peek(admitted.cacheKey);
    if (cached) {
      call.cacheHit = true;
      return this.send(response, call, cached, undefined);
    }
    this.lookUpOrForward(request, response, call, admitted).catch((error: unknown) =>
      this.fail(response, call, error),
    );
  }

  private async lookUpOrForward(
    request: IncomingMessage,
    response: ServerResponse,
    call: Call,
    admitted: Admitted,
  ): Promise<void> {
    const key = admitted.cacheKey;
    const cached = key === undefined ? undefined : await this.cache.get(key).catch(() => undefined);
    if (cached) {
      call.cacheHit = true;
      return this.send(response, call, cached, undefined);
    }
    const answer = await this.forwarder.forward(request, call, admitted.service, admitted);
    if (key !== undefined && answer.status === 200) {
      this.cache
        .set(
          key,
          { status: 200, contentType: answer.contentType, body: answer.body.toString('utf8') },
          admitted.service.entry.cacheTtlSeconds!,
          subjectsOf(call.path, call.requestBody?.toString('utf8') ?? ''),
        )
        .catch(() => undefined);
    }
    this.send(response, call, answer, undefined);
  }

  private fail(response: ServerResponse, call: Call, error: unknown): void {
    const fault = asFault(error);
    this.send(response, call, faultAnswer(fault), fault.type);
  }

  /** Records the call (unless a metaservice listing), then answers — after the log has room, if it was full. */
  private send(
    response: ServerResponse,
    call: Call,
    answer: Answer,
    faultType: string | undefined,
    recorded = true,
  ): void {
    if (response.headersSent) return;
    let room: Promise<void> | undefined;
    try {
      room = recorded
        ? this.recorder.record(call, answer.status, answer.body, answer.hash, faultType)
        : undefined;
    } catch {
      // the log is closed (shutting down): answer anyway
    }
    if (room) void room.then(() => writeAnswer(response, call, answer));
    else writeAnswer(response, call, answer);
  }
}
