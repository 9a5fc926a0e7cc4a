import { generators, Issuer, type BaseClient, type TokenSet } from 'openid-client';
import { CookieJar } from './cookie-jar';
import { answerOf, type HttpAnswer } from './vneid-harness';

export const TEST_RP_REDIRECT = 'http://127.0.0.1:8080/callback';
export const TEST_RP_OTHER_REDIRECT = 'http://localhost:8080/callback';
export const PORTAL_REDIRECT = 'http://127.0.0.1:3003/auth/callback';
export const PORTAL_SECRET = 'onestop-portal-test-secret';
export const GATEWAY_SECRET = 'lgsp-gateway-test-secret';

export interface Credentials {
  idNumber: string;
  password: string;
  otp: string;
}

export interface Authorization {
  /** Where the provider finally sent the browser: the client's redirect URI with code or error. */
  callbackUrl: string;
  codeVerifier: string;
  nonce: string;
  state: string;
  jar: CookieJar;
  /** The login answer when it was refused (problem+json). */
  refused?: HttpAnswer;
}

/**
 * A relying party driven without a browser, as the README describes: openid-client builds the request and checks
 * the answer; the login interaction is completed by posting the same form as the page (JSON variant).
 */
export class RelyingParty {
  private constructor(
    readonly issuer: Issuer<BaseClient>,
    readonly client: BaseClient,
    readonly redirectUri: string,
  ) {}

  static async discover(
    issuerUrl: string,
    metadata: { client_id: string; client_secret?: string; redirect_uri: string },
  ): Promise<RelyingParty> {
    const issuer = await Issuer.discover(issuerUrl);
    const client = new issuer.Client({
      client_id: metadata.client_id,
      ...(metadata.client_secret
        ? { client_secret: metadata.client_secret, token_endpoint_auth_method: 'client_secret_basic' }
        : { token_endpoint_auth_method: 'none' }),
      redirect_uris: [metadata.redirect_uri],
      response_types: ['code'],
      id_token_signed_response_alg: 'RS256',
    });
    return new RelyingParty(issuer, client, metadata.redirect_uri);
  }

  /** Authorization request → login → the callback URL (with a code, or an OIDC error). */
  async authorize(
    credentials: Credentials,
    params: Record<string, string> = {},
    format: 'json' | 'form' = 'json',
  ): Promise<Authorization> {
    const codeVerifier = generators.codeVerifier();
    const nonce = generators.nonce();
    const state = generators.state();
    const jar = new CookieJar();
    const url = this.client.authorizationUrl({
      scope: 'openid profile',
      redirect_uri: this.redirectUri,
      code_challenge: generators.codeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      nonce,
      state,
      ...params,
    });
    let next = await this.follow(url, jar);
    if (next.location?.startsWith('/interaction/')) {
      const login = await this.login(next.location, credentials, jar, format);
      if (login.status !== 200 && login.status !== 303) {
        return { callbackUrl: '', codeVerifier, nonce, state, jar, refused: login };
      }
      const resume = format === 'json' ? (login.body.redirectTo as string) : login.location!;
      next = await this.follow(resume, jar);
    }
    if (!next.location?.startsWith(this.redirectUri)) {
      throw new Error(
        `the authorization ended at ${next.status} ${next.location}: ${JSON.stringify(next.body)}`,
      );
    }
    return {
      callbackUrl: next.location,
      codeVerifier,
      nonce,
      state,
      jar,
    };
  }

  /** The token exchange, with the checks openid-client makes (ID token signature, nonce, state, iss). */
  exchange(
    authorization: Authorization,
    overrides: { codeVerifier?: string; redirectUri?: string } = {},
  ): Promise<TokenSet> {
    const params = this.client.callbackParams(authorization.callbackUrl);
    return this.client.callback(overrides.redirectUri ?? this.redirectUri, params, {
      code_verifier: overrides.codeVerifier ?? authorization.codeVerifier,
      nonce: authorization.nonce,
      state: authorization.state,
    });
  }

  async follow(url: string, jar: CookieJar): Promise<HttpAnswer> {
    const response = await fetch(new URL(url, this.issuer.metadata.issuer), {
      redirect: 'manual',
      headers: jar.header(),
    });
    jar.store(response);
    return answerOf(response);
  }

  private async login(
    interactionPath: string,
    credentials: Credentials,
    jar: CookieJar,
    format: 'json' | 'form',
  ): Promise<HttpAnswer> {
    const response = await fetch(new URL(`${interactionPath}/login`, this.issuer.metadata.issuer), {
      method: 'POST',
      redirect: 'manual',
      headers: {
        ...jar.header(),
        'content-type': format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
      },
      body:
        format === 'json' ? JSON.stringify(credentials) : new URLSearchParams({ ...credentials }).toString(),
    });
    jar.store(response);
    return answerOf(response);
  }
}
