import { CALLER_HEADERS } from '@d06/platform';

/** Who the provider is told asks: derived from the authenticated client, never taken from the client's headers. */
export interface CallerFacts {
  readonly client: string;
  /** Member code of the agency asking (the represented party's, when a trusted gateway forwards). */
  readonly agency: string;
  readonly role: string;
  readonly userId: string | undefined;
  readonly issue: string | undefined;
  readonly serviceId: string;
}

/**
 * The provider's caller headers (@d06/platform CALLER_HEADERS, as population authorises callers) mapped from the
 * X-Road headers: an officer when X-Road-UserId is given (its id), else the client system; the agency; the
 * client's role from the registry; the dossier (X-Road-Issue) and the purpose: this data exchange.
 */
export function callerHeaders(facts: CallerFacts): Record<string, string> {
  const headers: Record<string, string> = {
    [CALLER_HEADERS.type]: facts.userId ? 'officer' : 'system',
    [CALLER_HEADERS.id]: (facts.userId ?? facts.client).slice(0, 100),
    [CALLER_HEADERS.agency]: facts.agency.slice(0, 100),
    [CALLER_HEADERS.role]: facts.role,
    [CALLER_HEADERS.purpose]: `data-exchange ${facts.serviceId}`.slice(0, 200),
  };
  if (facts.issue) headers[CALLER_HEADERS.dossierCode] = facts.issue.slice(0, 60);
  return headers;
}

/** The request headers a client may not set for the provider (the gateway states them). */
export const GATEWAY_OWNED = new Set<string>([
  ...Object.values(CALLER_HEADERS),
  'x-road-api-key',
  'authorization',
  'x-road-represented-party',
  'x-d06-caller-role',
  'host',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
  'traceparent',
  'tracestate',
]);

/** Provider answer headers passed back to the client. */
export const PASSED_BACK = ['content-type', 'location', 'retry-after', 'etag', 'cache-control'] as const;
