import { createHash, randomBytes } from 'node:crypto';
import type { AccessToken } from './token-wallet';

export const SIMULATED_PASSWORD = 'Mo-phong-2023';
const TEST_OTP = '111111';

/** The relying party whose tokens one-stop accepts: its portal client (confidential, PKCE). */
export interface PortalClient {
  readonly clientId: string;
  readonly secret: string;
  readonly redirectUri: string;
}

export function onestopPortalClient(oneStopUrl: string): PortalClient {
  return {
    clientId: process.env.ONESTOP_VNEID_CLIENT_ID ?? 'onestop-portal',
    secret: process.env.VNEID_ONESTOP_SECRET ?? 'onestop-portal-simulator-secret',
    redirectUri: `${oneStopUrl}/auth/callback`,
  };
}

/**
 * A VNeID access token for an applicant, the way the one-stop portal gets one: authorization code flow with PKCE, the login form posted with the interaction's cookies (test-mode OTP), then the token
 * exchange. Used for online dossiers, whose submission needs the applicant's own token.
 */
export async function vneidAccessToken(
  issuer: string,
  client: PortalClient,
  idNumber: string,
  acr = 'vneid:loa2',
): Promise<AccessToken> {
  const CLIENT_ID = client.clientId;
  const REDIRECT_URI = client.redirectUri;
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
    authorization_endpoint: string;
    token_endpoint: string;
  };
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const query = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile vneid_id',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    acr_values: acr,
  });
  const jar = new Map<string, string>();
  let next = await step(jar, `${discovery.authorization_endpoint}?${query.toString()}`);
  const form = new URLSearchParams({ idNumber, password: SIMULATED_PASSWORD, otp: TEST_OTP });
  next = await step(jar, new URL(`${next}/login`, issuer).toString(), form);
  for (let hops = 0; hops < 5 && !next.startsWith(REDIRECT_URI); hops += 1) {
    next = await step(jar, new URL(next, issuer).toString());
  }
  const code = new URL(next).searchParams.get('code');
  if (!code) throw new Error(`VNeID login gave no code: ${new URL(next).searchParams.get('error') ?? next}`);
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(client.secret)}`).toString('base64')}`,
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
    }),
  });
  const tokens = (await response.json()) as { access_token?: string; expires_in?: number; error?: string };
  if (!tokens.access_token)
    throw new Error(`VNeID token exchange failed: ${tokens.error ?? response.status}`);
  return { value: tokens.access_token, expiresAt: Date.now() + (tokens.expires_in ?? 0) * 1_000 };
}

/** One request with the jar's cookies, not following the redirect: returns where it points. */
async function step(jar: Map<string, string>, url: string, form?: URLSearchParams): Promise<string> {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form,
  });
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const eq = pair.indexOf('=');
    jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
  }
  const location = response.headers.get('location');
  if (!location)
    throw new Error(`VNeID login stopped at ${new URL(url).pathname} with HTTP ${response.status}`);
  return location;
}
