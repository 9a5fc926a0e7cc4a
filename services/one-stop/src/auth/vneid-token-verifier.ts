import { Inject, Injectable } from '@nestjs/common';
import { ONE_STOP_CONFIG } from '../config/one-stop-config.token';
import type { OneStopConfig } from '../config/one-stop.config';
import { OneStopError } from '../one-stop.errors';
import type { Acr } from '../catalogue/catalogue';
import { LruTtlStore } from '@d06/cache';

/** Who an access token speaks for, as VNeID answers for it. */
export interface VneidIdentity {
  readonly subject: string;
  readonly idNumber: string;
  readonly acr: Acr;
}

/** Where VNeID serves its OAuth endpoints under its issuer (services/vneid: every provider endpoint is /oidc/…). */
export const VNEID_INTROSPECTION_PATH = '/oidc/token/introspection';
export const VNEID_USERINFO_PATH = '/oidc/me';

interface Introspection {
  active?: boolean;
  sub?: string;
  client_id?: string;
  scope?: string;
  acr?: string;
  /** Expiry, seconds since the epoch. */
  exp?: number;
}

interface UserInfo {
  sub?: string;
  personal_id_number?: string;
  eid_level?: number;
  acr?: string;
}

/**
 * Validates a VNeID access token the way a resource server does: RFC 7662 introspection with the one-stop
 * portal's client credentials (active, issued to the portal), then the userinfo endpoint with the token for the
 * holder's personal ID number (scope vneid_id). VNeID's access tokens are opaque and its introspection answer
 * has no `acr`, so the assurance level is the introspected `acr` when present, else userinfo's `acr`, else the
 * account's level (`eid_level`) — which is what the login achieves for the portal, which accepts both levels.
 * A verified token is trusted for `ONESTOP_TOKEN_CACHE_MS` (never past its expiry) without asking again.
 */
/** How long a verified token is trusted: the configured lifetime, never past the token's expiry (≤ 0: not at all). */
export function trustLifetimeMs(cacheMs: number, expiresAtMs: number | undefined, now = Date.now()): number {
  return Math.min(cacheMs, (expiresAtMs ?? Number.POSITIVE_INFINITY) - now);
}

/** Logged-in citizens whose verified tokens are remembered at once (the least recently seen go first). */
const VERIFIED_TOKENS_KEPT = 10_000;

@Injectable()
export class VneidTokenVerifier {
  /**
   * Identities VNeID vouched for, per access token: RFC 7662 §4 lets a resource server cache an introspection
   * answer, never past the token's `exp`. The price: a revoked token is still accepted for at most the lifetime.
   */
  private readonly verified = new LruTtlStore<VneidIdentity>(VERIFIED_TOKENS_KEPT);

  constructor(@Inject(ONE_STOP_CONFIG) private readonly config: OneStopConfig) {}

  async verify(authorization: string | undefined): Promise<VneidIdentity> {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      throw new OneStopError('TOKEN_REQUIRED', { detail: 'send Authorization: Bearer <VNeID access token>' });
    }
    const known = this.verified.get(token);
    if (known) return known;
    const answer = await this.ask(token);
    this.verified.set(
      token,
      answer.identity,
      trustLifetimeMs(this.config.ONESTOP_TOKEN_CACHE_MS, answer.expiresAtMs),
    );
    return answer.identity;
  }

  private async ask(token: string): Promise<{ identity: VneidIdentity; expiresAtMs?: number }> {
    const introspection = await this.introspect(token);
    if (introspection.active !== true || !introspection.sub) {
      throw new OneStopError('TOKEN_INVALID', { detail: 'VNeID says the token is not active' });
    }
    if (introspection.client_id !== this.config.ONESTOP_VNEID_CLIENT_ID) {
      throw new OneStopError('TOKEN_INVALID', {
        detail: `the token was not issued to ${this.config.ONESTOP_VNEID_CLIENT_ID}`,
      });
    }
    const info = await this.userinfo(token);
    if (!info.personal_id_number || info.sub !== introspection.sub) {
      throw new OneStopError('TOKEN_INVALID', {
        detail: 'the token does not release the personal ID number (scope vneid_id)',
      });
    }
    return {
      identity: {
        subject: introspection.sub,
        idNumber: info.personal_id_number,
        acr: acrOf(introspection, info),
      },
      ...(introspection.exp ? { expiresAtMs: introspection.exp * 1_000 } : {}),
    };
  }

  private async introspect(token: string): Promise<Introspection> {
    const basic = Buffer.from(
      `${encodeURIComponent(this.config.ONESTOP_VNEID_CLIENT_ID)}:${encodeURIComponent(this.config.VNEID_ONESTOP_SECRET)}`,
    ).toString('base64');
    const response = await this.call(VNEID_INTROSPECTION_PATH, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, token_type_hint: 'access_token' }).toString(),
    });
    if (response.status !== 200) {
      throw new OneStopError('VNEID_UNAVAILABLE', { detail: `introspection answered ${response.status}` });
    }
    return (await response.json()) as Introspection;
  }

  private async userinfo(token: string): Promise<UserInfo> {
    const response = await this.call(VNEID_USERINFO_PATH, {
      method: 'GET',
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status === 401 || response.status === 403) {
      throw new OneStopError('TOKEN_INVALID', { detail: `userinfo refused the token (${response.status})` });
    }
    if (response.status !== 200) {
      throw new OneStopError('VNEID_UNAVAILABLE', { detail: `userinfo answered ${response.status}` });
    }
    return (await response.json()) as UserInfo;
  }

  private async call(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(new URL(path, this.config.VNEID_URL), {
        ...init,
        signal: AbortSignal.timeout(this.config.ONESTOP_PEER_TIMEOUT_MS),
      });
    } catch (error) {
      throw new OneStopError('VNEID_UNAVAILABLE', { detail: 'VNeID did not answer', cause: error });
    }
  }
}

function acrOf(introspection: Introspection, info: UserInfo): Acr {
  const stated = introspection.acr ?? info.acr;
  if (stated === 'vneid:loa1' || stated === 'vneid:loa2') return stated;
  return info.eid_level === 2 ? 'vneid:loa2' : 'vneid:loa1';
}

/** Whether a login at `acr` meets a service's required level. */
export function acrMeets(acr: Acr, required: Acr): boolean {
  return required === 'vneid:loa1' || acr === 'vneid:loa2';
}
