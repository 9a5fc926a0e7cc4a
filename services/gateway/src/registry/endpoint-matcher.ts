import type { Endpoint } from './registry.schema';

/** A compiled endpoint rule: method (or any) and a path pattern (`*` one segment, `**` the rest). */
export interface EndpointRule {
  readonly method: string;
  readonly pattern: RegExp;
}

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

export function compileEndpoint(endpoint: Endpoint): EndpointRule {
  const body = endpoint.path
    .split('/')
    .map((segment) => (segment === '**' ? '.*' : segment === '*' ? '[^/]+' : escape(segment)))
    .join('/');
  // "/x/**" also matches "/x" itself
  const source = body.endsWith('/.*') ? `${body.slice(0, -3)}(?:/.*)?` : body;
  return { method: endpoint.method, pattern: new RegExp(`^${source}$`) };
}

/** Whether any rule lets `method` reach `path`. */
export function endpointAllows(rules: readonly EndpointRule[], method: string, path: string): boolean {
  for (const rule of rules) {
    if ((rule.method === '*' || rule.method === method) && rule.pattern.test(path)) return true;
  }
  return false;
}
