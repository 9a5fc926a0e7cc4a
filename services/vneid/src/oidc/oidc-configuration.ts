import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import type { VneidConfig } from '../config/vneid.config';
import { ACR_VALUES, acceptedLevels, levelOfAcr } from './acr-levels';
import { CLAIMS_BY_SCOPE, type AccountClaims } from './account-claims';
import { registeredClients } from './oidc-clients';
import type { ProviderKeys } from './signing-keys.service';

/** Every provider endpoint lives under /oidc (discovery at the issuer's /.well-known); the rest is the service's. */
export const OIDC_PREFIX = '/oidc';
export const DISCOVERY_PATH = '/.well-known/openid-configuration';
export const INTERACTION_PATH = '/interaction';

type InteractionPolicy = NonNullable<NonNullable<Configuration['interactions']>['policy']>;

export interface ConfigurationInputs {
  config: VneidConfig;
  keys: ProviderKeys;
  accounts: AccountClaims;
  adapter: Configuration['adapter'];
  policy: InteractionPolicy;
}

/**
 * The OpenID Connect provider's settings: registered clients, claims by scope, the two acr values, PKCE with S256
 * required of every code-flow client, introspection, revocation, RP-initiated logout and client credentials. A
 * grant covering the requested scopes is made for registered clients (they are all first-party), so there is no
 * consent screen; check_scope still holds each client to its own `scope`.
 */
export function oidcConfiguration(inputs: ConfigurationInputs): Configuration {
  const { config, keys, accounts, adapter, policy } = inputs;
  return {
    adapter,
    clients: registeredClients(config),
    jwks: { keys: keys.jwks },
    cookies: { keys: keys.cookieKeys, long: { signed: true }, short: { signed: true } },
    findAccount: (_ctx, subject) => accounts.find(subject),
    claims: CLAIMS_BY_SCOPE as unknown as Configuration['claims'],
    scopes: ['openid', 'vneid.verify'],
    acrValues: ACR_VALUES,
    responseTypes: ['code'],
    pkce: { methods: ['S256'], required: () => true },
    features: {
      devInteractions: { enabled: false },
      introspection: { enabled: true },
      revocation: { enabled: true },
      clientCredentials: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      userinfo: { enabled: true },
      claimsParameter: { enabled: true },
    },
    interactions: { url: (_ctx, interaction) => `${INTERACTION_PATH}/${interaction.uid}`, policy },
    loadExistingGrant,
    extraTokenClaims: achievedLevelClaims,
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 120,
      ClientCredentials: 3600,
      IdToken: 3600,
      Interaction: 900,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    routes: {
      authorization: `${OIDC_PREFIX}/auth`,
      token: `${OIDC_PREFIX}/token`,
      userinfo: `${OIDC_PREFIX}/me`,
      jwks: `${OIDC_PREFIX}/jwks`,
      introspection: `${OIDC_PREFIX}/token/introspection`,
      revocation: `${OIDC_PREFIX}/token/revocation`,
      end_session: `${OIDC_PREFIX}/session/end`,
      pushed_authorization_request: `${OIDC_PREFIX}/request`,
      registration: `${OIDC_PREFIX}/reg`,
      code_verification: `${OIDC_PREFIX}/device`,
      device_authorization: `${OIDC_PREFIX}/device/auth`,
      backchannel_authentication: `${OIDC_PREFIX}/backchannel`,
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><meta charset="utf-8"><title>VNeID</title><h1>${escape(out.error)}</h1><p>${escape(String(out.error_description ?? ''))}</p>`;
    },
  };
}

/**
 * A login prompt check: a session whose level (its acr) is not one the relying party accepts must log in again;
 * the login then either reaches an accepted level or ends in an OIDC error for the relying party.
 */
export function sessionMeetsRequestedLevel(ctx: KoaContextWithOIDC): boolean {
  const accepted = acceptedLevels(ctx.oidc.params ?? {});
  if (!accepted || !ctx.oidc.session?.accountId) return true;
  const level = levelOfAcr(ctx.oidc.session.acr);
  return level !== undefined && accepted.has(level);
}

/**
 * Puts the level achieved at login (the code's or refresh token's acr) on access tokens, so a resource server
 * introspecting one learns that level — not only the account's level from userinfo.
 */
function achievedLevelClaims(ctx: KoaContextWithOIDC): { acr: string } | undefined {
  const { AuthorizationCode: code, RefreshToken: refresh } = ctx.oidc?.entities ?? {};
  const acr = code?.acr ?? refresh?.acr;
  return typeof acr === 'string' ? { acr } : undefined;
}

async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  if (!oidc.client || !oidc.session?.accountId) return undefined;
  const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
  const grant =
    (grantId ? await oidc.provider.Grant.find(grantId) : undefined) ??
    new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
  const scope = typeof oidc.params?.scope === 'string' ? oidc.params.scope : '';
  if (scope) grant.addOIDCScope(scope);
  const claims = oidc.claims ?? {};
  const requested = [...Object.keys(claims.id_token ?? {}), ...Object.keys(claims.userinfo ?? {})];
  if (requested.length > 0) grant.addOIDCClaims(requested);
  await grant.save();
  return grant;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
