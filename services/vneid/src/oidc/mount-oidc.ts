import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { DISCOVERY_PATH, OIDC_PREFIX } from './oidc-configuration';

type Next = (error?: unknown) => void;

/**
 * An Express middleware handing the provider's own paths (/oidc/*, and discovery at the issuer's
 * /.well-known/openid-configuration) to oidc-provider, before any body parser: it reads the raw body itself and
 * answers with OIDC/OAuth error JSON. Everything else goes on to the Nest routes.
 */
export function oidcMiddleware(provider: Provider) {
  const callback = provider.callback();
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === DISCOVERY_PATH || path.startsWith(`${OIDC_PREFIX}/`)) {
      void Promise.resolve(callback(req, res)).catch(next);
      return;
    }
    next();
  };
}
