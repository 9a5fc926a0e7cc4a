// What a cached lookup answer is keyed and filed under.

const PERSONAL_ID = /(?<!\d)\d{12}(?!\d)/g;
const CARD_CODE = /(?<![A-Z0-9])[A-Z]{2}[1-5]\d{12}(?![A-Z0-9])/g;

/**
 * The cache key of a lookup: everything the answer can depend on — the service, method, path with query, the
 * request body's SHA-512 (already computed for X-Road-Request-Hash), and who asks (client subsystem, the role the
 * provider is told, the represented party): population answers a hospital fewer fields than the police.
 */
export function lookupCacheKey(parts: {
  serviceId: string;
  method: string;
  pathAndQuery: string;
  bodyHash: string;
  client: string;
  role: string;
  represented: string;
}): string {
  // one flat string (a template would build it piece by piece on every lookup)
  return [
    parts.serviceId,
    parts.method,
    parts.pathAndQuery,
    parts.bodyHash,
    parts.client,
    parts.role,
    parts.represented,
  ].join('|');
}

/**
 * The subjects an answer is about, read from the request (path, query and body): each personal ID number
 * (`id:`) and each BHYT card code's social-insurance number (`sin:`, its last ten digits). Change events name the
 * same subjects, so the answers they make stale are dropped.
 */
export function subjectsOf(pathAndQuery: string, body: string): string[] {
  const text = body ? `${pathAndQuery} ${body.toUpperCase()}` : pathAndQuery;
  const subjects = new Set<string>();
  for (const match of text.matchAll(PERSONAL_ID)) subjects.add(`id:${match[0]}`);
  for (const match of text.matchAll(CARD_CODE)) subjects.add(`sin:${match[0].slice(5)}`);
  return [...subjects];
}
