import type { SeenRequest } from './stub-provider';

/** The token VNeID would issue to the lgsp-gateway client (client credentials), as its introspection tells. */
export const GOOD_TOKEN = 'vneid-client-credentials-token-good';
const GATEWAY_BASIC = `Basic ${Buffer.from('lgsp-gateway:lgsp-gateway-simulator-secret').toString('base64')}`;

/**
 * Providers' default answer (echo the path), plus VNeID's RFC 7662 introspection endpoint: active only for
 * GOOD_TOKEN, and only when the gateway authenticates itself with its own client credentials.
 */
export function answerWithIntrospection(request: SeenRequest): { status: number; body: unknown } {
  if (request.url !== '/oidc/token/introspection')
    return { status: 200, body: { ok: true, path: request.url } };
  if (request.headers.authorization !== GATEWAY_BASIC)
    return { status: 401, body: { error: 'invalid_client' } };
  const token = new URLSearchParams(request.body).get('token');
  return token === GOOD_TOKEN
    ? {
        status: 200,
        body: { active: true, client_id: 'lgsp-gateway', scope: 'vneid.verify', exp: 4_102_444_800 },
      }
    : { status: 200, body: { active: false } };
}
