// `/r1/{instance}/{class}/{member}/{subsystem}/{service}/{path}?{query}` → its parts (percent-decoded ids).

export const METASERVICES = ['listMethods', 'allowedMethods'] as const;
export type Metaservice = (typeof METASERVICES)[number];

export type ParsedRoute =
  | { kind: 'listClients' }
  | { kind: 'meta'; provider: string; meta: Metaservice }
  | { kind: 'service'; serviceId: string; path: string; query: string }
  | { kind: 'malformed'; reason: string };

/** Parses a request URL starting with `/r1/`. */
export function parseRoute(url: string): ParsedRoute {
  const q = url.indexOf('?');
  const pathname = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? '' : url.slice(q);
  return plainServiceRoute(pathname, query) ?? parseRouteGenerally(pathname, query);
}

/**
 * The common case without splitting or decoding: a service call whose five ids are plain (no percent-encoding,
 * none empty) and not a metaservice; undefined for anything else, which the general parser decides.
 */
function plainServiceRoute(pathname: string, query: string): ParsedRoute | undefined {
  if (pathname.includes('%')) return undefined;
  let end = 3;
  for (let i = 0; i < 5; i++) {
    const next = pathname.indexOf('/', end + 1);
    const segmentEnd = next === -1 ? pathname.length : next;
    if (segmentEnd === end + 1) return undefined;
    if (next === -1 && i < 4) return undefined;
    end = segmentEnd;
  }
  if (end === pathname.length) {
    const last = pathname.slice(pathname.lastIndexOf('/') + 1);
    if ((METASERVICES as readonly string[]).includes(last)) return undefined;
    return { kind: 'service', serviceId: pathname.slice(4), path: '/', query };
  }
  return { kind: 'service', serviceId: pathname.slice(4, end), path: pathname.slice(end), query };
}

/** Any `/r1/…` path, split and percent-decoded (the reference the plain fast path is held to in the tests). */
export function parseRouteGenerally(pathname: string, query: string): ParsedRoute {
  const segments = pathname.slice(4).split('/');
  if (segments.length === 1 && segments[0] === 'listClients') return { kind: 'listClients' };
  if (segments.length < 5) {
    return { kind: 'malformed', reason: 'expected /r1/{instance}/{class}/{member}/{subsystem}/{service}/…' };
  }
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    let part: string;
    try {
      part = decodeURIComponent(segments[i]);
    } catch {
      return { kind: 'malformed', reason: `segment ${i + 1} is not valid percent-encoding` };
    }
    if (part === '' || part.includes('/')) return { kind: 'malformed', reason: `segment ${i + 1} is empty` };
    ids.push(part);
  }
  const service = ids[4];
  if (segments.length === 5 && (METASERVICES as readonly string[]).includes(service)) {
    return { kind: 'meta', provider: ids.slice(0, 4).join('/'), meta: service as Metaservice };
  }
  const rest = segments.slice(5).join('/');
  return { kind: 'service', serviceId: ids.join('/'), path: `/${rest}`, query };
}
