import { Global, Module, type Provider as NestProvider } from '@nestjs/common';
import { CLOCK, type Clock } from '@d06/platform';
import type Redis from 'ioredis';
import { VNEID_CONFIG } from '../config/vneid-config.token';
import type { VneidConfig } from '../config/vneid.config';
import { InMemoryKeyValueStore, KEY_VALUE_STORE, RedisKeyValueStore } from '../login/key-value-store';
import { AccountClaims } from './account-claims';
import { createOidcProvider } from './oidc-provider.factory';
import { OIDC_PROVIDER, VNEID_REDIS } from './oidc.tokens';
import { createRedis, RedisCloser } from './redis-connection';
import { SigningKeysService } from './signing-keys.service';

export function redisPrefix(config: VneidConfig): string {
  return `d06:${config.KAFKA_TOPIC_PREFIX}${config.DB_SCHEMA}:`;
}

const providers: NestProvider[] = [
  {
    provide: VNEID_REDIS,
    inject: [VNEID_CONFIG],
    useFactory: (config: VneidConfig) => createRedis(config.REDIS_URL),
  },
  RedisCloser,
  {
    provide: KEY_VALUE_STORE,
    inject: [VNEID_REDIS, VNEID_CONFIG],
    useFactory: (redis: Redis | undefined, config: VneidConfig) =>
      redis ? new RedisKeyValueStore(redis, redisPrefix(config)) : new InMemoryKeyValueStore(),
  },
  SigningKeysService,
  AccountClaims,
  {
    provide: OIDC_PROVIDER,
    inject: [VNEID_CONFIG, SigningKeysService, AccountClaims, VNEID_REDIS, CLOCK],
    useFactory: async (
      config: VneidConfig,
      signingKeys: SigningKeysService,
      accounts: AccountClaims,
      redis: Redis | undefined,
      clock: Clock,
    ) =>
      createOidcProvider({
        config,
        keys: await signingKeys.load(clock.now()),
        accounts,
        redis,
        redisPrefix: redisPrefix(config),
      }),
  },
];

/** The OpenID Connect provider, its keys and its storage (Redis, or memory in embedded mode). */
@Global()
@Module({ providers, exports: [OIDC_PROVIDER, VNEID_REDIS, KEY_VALUE_STORE] })
export class OidcModule {}
