import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import type Provider from 'oidc-provider';
import type { Configuration } from 'oidc-provider';
import type { VneidConfig } from '../config/vneid.config';
import type { AccountClaims } from './account-claims';
import { oidcConfiguration, sessionMeetsRequestedLevel } from './oidc-configuration';
import { redisOidcAdapter } from './redis-oidc.adapter';
import type { ProviderKeys } from './signing-keys.service';

type OidcModule = typeof import('oidc-provider');

const logger = new Logger('OidcProvider');

/**
 * oidc-provider is an ES module: Node 20.19+ loads it with require() at run time. It is required here, lazily,
 * so that modules importing this file (and jest, which cannot load ES modules) only need its types.
 */
function loadOidcProvider(): OidcModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('oidc-provider') as OidcModule;
}

export function createOidcProvider(inputs: {
  config: VneidConfig;
  keys: ProviderKeys;
  accounts: AccountClaims;
  redis: Redis | undefined;
  redisPrefix: string;
}): Provider {
  const oidc = loadOidcProvider();
  const { Check, base } = oidc.interactionPolicy;
  const policy = base();
  const login = policy.get('login');
  if (!login) throw new Error('oidc-provider has no login prompt to extend');
  login.checks.add(
    new Check('vneid_assurance_level', 'the session does not meet the requested assurance level', (ctx) =>
      sessionMeetsRequestedLevel(ctx) ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT,
    ),
  );
  const adapter: Configuration['adapter'] = inputs.redis
    ? redisOidcAdapter(inputs.redis, `${inputs.redisPrefix}oidc:`)
    : undefined; // oidc-provider's in-memory adapter (embedded mode)
  const provider = new oidc.default(
    inputs.config.issuer,
    oidcConfiguration({
      config: inputs.config,
      keys: inputs.keys,
      accounts: inputs.accounts,
      adapter,
      policy,
    }),
  );
  // Behind the gateway or a TLS terminator the issuer's scheme and host come from X-Forwarded-*.
  provider.proxy = true;
  // Errors oidc-provider answers with server_error would otherwise leave no trace.
  provider.on('server_error', (_ctx, error) => logger.error({ err: error }, 'OpenID Connect provider error'));
  return provider;
}
