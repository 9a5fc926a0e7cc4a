import type { Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { ClientAuthenticator } from '../auth/client-authenticator';
import { TokenIntrospector } from '../auth/token-introspector';
import { NearResponseCache } from '../cache/near-cache';
import { MemoryResponseCache, RedisResponseCache } from '../cache/response-cache';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import { gatewayKeyPrefix, type GatewayConfig } from '../config/gateway.config';
import { MemoryRateLimiter, RedisRateLimiter } from '../limits/rate-limiter';
import { GATEWAY_REDIS, GATEWAY_REDIS_SUBSCRIBER } from '../support/gateway-redis.provider';
import { ProviderClient } from './provider-client';

export const RATE_LIMITER = Symbol('RATE_LIMITER');
export const RESPONSE_CACHE = Symbol('RESPONSE_CACHE');

/** The data plane's adapters: Redis when configured, process memory otherwise. */
export const EXCHANGE_PROVIDERS: Provider[] = [
  {
    provide: RATE_LIMITER,
    inject: [GATEWAY_REDIS, GATEWAY_CONFIG],
    useFactory: (redis: Redis | undefined, config: GatewayConfig) =>
      redis ? new RedisRateLimiter(redis, gatewayKeyPrefix(config)) : new MemoryRateLimiter(),
  },
  {
    provide: RESPONSE_CACHE,
    inject: [GATEWAY_REDIS, GATEWAY_REDIS_SUBSCRIBER, GATEWAY_CONFIG],
    useFactory: (redis: Redis | undefined, subscriber: Redis | undefined, config: GatewayConfig) => {
      if (!redis || !subscriber) return new MemoryResponseCache();
      const shared = new RedisResponseCache(redis, gatewayKeyPrefix(config));
      if (config.GATEWAY_NEAR_CACHE_SECONDS === 0) return shared;
      return new NearResponseCache(
        shared,
        redis,
        subscriber,
        gatewayKeyPrefix(config),
        config.GATEWAY_NEAR_CACHE_SECONDS,
      );
    },
  },
  {
    provide: ClientAuthenticator,
    inject: [GATEWAY_CONFIG],
    useFactory: (config: GatewayConfig) =>
      new ClientAuthenticator(
        new TokenIntrospector({
          vneidUrl: config.VNEID_URL,
          clientId: config.GATEWAY_VNEID_CLIENT_ID,
          clientSecret: config.GATEWAY_VNEID_CLIENT_SECRET,
          cacheSeconds: config.GATEWAY_TOKEN_CACHE_SECONDS,
        }),
      ),
  },
  {
    provide: ProviderClient,
    inject: [GATEWAY_CONFIG],
    useFactory: (config: GatewayConfig) =>
      new ProviderClient(config.GATEWAY_POOL_CONNECTIONS, config.GATEWAY_PROVIDER_TIMEOUT_MS),
  },
];
