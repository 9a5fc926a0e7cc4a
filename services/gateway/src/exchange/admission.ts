import type { IncomingMessage } from 'node:http';
import type { ClientAuthenticator } from '../auth/client-authenticator';
import { lookupCacheKey } from '../cache/cache-key';
import type { Registry, RoutedService } from '../registry/registry';
import type { SubsystemEntry } from '../registry/registry.schema';
import { memberOf, parseSubsystemId } from '../registry/xroad-id';
import { boundedMemo } from '../support/bounded-memo';
import { header, type Call } from './call';
import { parseRoute, type ParsedRoute } from './route-parser';
import { XroadError } from './xroad-error';

/** The bodies the gateway reads stay within this (a larger one is refused, not buffered). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
const MESSAGE_ID = /^[A-Za-z0-9._:@-]{1,100}$/;
const ROLE = /^[a-z][a-z-]{0,39}$/;

export type CallRoute = Exclude<ParsedRoute, { kind: 'malformed' }>;

/** A service call that passed every check before the rate limit: who asks what, and its cache key if a lookup. */
export interface Admitted {
  readonly service: RoutedService;
  readonly client: SubsystemEntry;
  readonly role: string;
  readonly agency: string;
  readonly represented: string | undefined;
  readonly cacheKey: string | undefined;
}

/** X-Road-Client values repeat call after call: parse each once. */
const claimedClient = boundedMemo(parseSubsystemId);

const agencies = new WeakMap<SubsystemEntry, string>();

/** The member code of a client subsystem (its agency), worked out once per registry entry. */
function agencyOf(client: SubsystemEntry): string {
  let agency = agencies.get(client);
  if (agency === undefined) {
    agency = memberOf(client.id).split('/')[2];
    agencies.set(client, agency);
  }
  return agency;
}

export function badRequest(detail: string): XroadError {
  return new XroadError('Client.BadRequest', 'The request is not a valid X-Road call', detail);
}

/** The message id, the body size and the route (noted on the call); throws Client.BadRequest. */
export function routeOf(call: Call, request: IncomingMessage, size: number): CallRoute {
  if (!MESSAGE_ID.test(call.messageId)) throw badRequest('X-Road-Id must be 1–100 letters, digits or ._:@-');
  if (size > MAX_BODY_BYTES) throw badRequest(`the body exceeds ${MAX_BODY_BYTES} bytes`);
  const route = parseRoute(request.url ?? '/r1/');
  if (route.kind === 'malformed') throw badRequest(route.reason);
  if (route.kind === 'service') {
    call.service = route.serviceId;
    call.path = `${route.path}${route.query}`;
  } else if (route.kind === 'meta') {
    call.service = `${route.provider}/${route.meta}`;
    call.path = '/';
  }
  return route;
}

/**
 * The client subsystem X-Road-Client names (noted on the call), authenticated by its API key without I/O;
 * undefined when a bearer token must be introspected first.
 */
export function clientOf(
  call: Call,
  request: IncomingMessage,
  registry: Registry,
  authenticator: ClientAuthenticator,
): SubsystemEntry | undefined {
  const given = header(request, 'x-road-client');
  const claimed = given === undefined ? undefined : claimedClient(given);
  if (!claimed) {
    throw new XroadError(
      'Client.BadRequest',
      'X-Road-Client is missing or malformed',
      'send X-Road-Client: INSTANCE/CLASS/MEMBER/SUBSYSTEM',
    );
  }
  call.client = claimed;
  return authenticator.authenticateNow(registry, claimed, request.headers);
}

/**
 * The checks of a service call after authentication: the service exists, the client has the right to this method
 * and path, personal-data services get their officer and dossier headers; then who the provider is told asks, and
 * the cache key of a lookup. Throws the X-Road fault of the first check that fails.
 */
export function admit(
  registry: Registry,
  request: IncomingMessage,
  call: Call,
  route: Extract<ParsedRoute, { kind: 'service' }>,
  client: SubsystemEntry,
): Admitted {
  const service = registry.service(route.serviceId);
  if (!service) {
    throw new XroadError(
      'Server.ServerProxy.UnknownService',
      'No such service',
      `${route.serviceId} is not registered`,
    );
  }
  if (!registry.allows(client.id, route.serviceId, call.method, route.path)) {
    throw new XroadError(
      'Server.ServerProxy.AccessDenied',
      'The client subsystem may not call this service',
      `${client.id} has no right to ${call.method} ${route.path} of ${route.serviceId}`,
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
  const agency = represented?.split('/')[1] ?? agencyOf(client);
  const cacheable =
    service.entry.cacheTtlSeconds !== undefined &&
    (call.method === 'GET' ||
      (call.method === 'POST' && service.lookupPosts.some((rule) => rule.pattern.test(route.path))));
  const cacheKey = cacheable
    ? lookupCacheKey({
        serviceId: route.serviceId,
        method: call.method,
        pathAndQuery: call.path,
        bodyHash: call.requestHash,
        client: client.id,
        role,
        represented: represented ?? '',
      })
    : undefined;
  return { service, client, role, agency, represented, cacheKey };
}
