import { request } from 'undici';
import { LruTtlStore } from '@d06/cache';

/** What the gateway keeps of an introspected token. */
export interface TokenFacts {
  readonly active: boolean;
  readonly clientId?: string;
  /** Until when (epoch ms) the answer may be reused. */
  readonly until: number;
}

export interface IntrospectorOptions {
  /** VNeID's issuer (its introspection endpoint is /oidc/token/introspection). */
  readonly vneidUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly cacheSeconds: number;
  readonly now?: () => number;
}

const MAX_CACHED = 10_000;

/**
 * OAuth2 bearer tokens from VNeID (client credentials), validated by introspection (RFC 7662) with the gateway's
 * own client, and remembered for a short while (never past the token's expiry), so a busy client costs one
 * introspection per token and cache period, not one per call. Concurrent calls with one token share one request.
 */
export class TokenIntrospector {
  private readonly cache: LruTtlStore<TokenFacts>;
  private readonly inFlight = new Map<string, Promise<TokenFacts>>();
  private readonly now: () => number;

  constructor(private readonly options: IntrospectorOptions) {
    this.now = options.now ?? Date.now;
    this.cache = new LruTtlStore<TokenFacts>(MAX_CACHED, this.now);
  }

  async introspect(token: string): Promise<TokenFacts> {
    const cached = this.cache.get(token);
    if (cached) return cached;
    let pending = this.inFlight.get(token);
    if (!pending) {
      pending = this.ask(token).finally(() => this.inFlight.delete(token));
      this.inFlight.set(token, pending);
    }
    return pending;
  }

  private async ask(token: string): Promise<TokenFacts> {
    const basic = Buffer.from(
      `${encodeURIComponent(this.options.clientId)}:${encodeURIComponent(this.options.clientSecret)}`,
    ).toString('base64');
    const answer = await request(`${this.options.vneidUrl.replace(/\/+$/, '')}/oidc/token/introspection`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
      headersTimeout: 5_000,
      bodyTimeout: 5_000,
    });
    const body = (await answer.body.json()) as { active?: boolean; client_id?: string; exp?: number };
    if (answer.statusCode !== 200) throw new Error(`introspection answered ${answer.statusCode}`);
    const now = this.now();
    const expiry = typeof body.exp === 'number' ? body.exp * 1000 : now + this.options.cacheSeconds * 1000;
    const facts: TokenFacts = body.active
      ? {
          active: true,
          clientId: body.client_id,
          until: Math.min(expiry, now + this.options.cacheSeconds * 1000),
        }
      : { active: false, until: now + this.options.cacheSeconds * 1000 };
    this.cache.set(token, facts, facts.until - now);
    return facts;
  }
}
