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
