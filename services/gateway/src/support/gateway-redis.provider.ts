import type { Provider } from '@nestjs/common';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { createRedis } from './redis-connection';

/** The gateway's Redis connection, or undefined when REDIS_URL is unset (everything in memory). */
export const GATEWAY_REDIS = Symbol('GATEWAY_REDIS');

export const gatewayRedisProvider: Provider = {
  provide: GATEWAY_REDIS,
  inject: [GATEWAY_CONFIG],
  useFactory: (config: GatewayConfig) =>
    config.REDIS_URL ? createRedis(config.REDIS_URL, `gateway-${config.GATEWAY_TIER}`) : undefined,
};

/** A second connection for the near caches' invalidation channel (a subscribed connection runs no commands). */
export const GATEWAY_REDIS_SUBSCRIBER = Symbol('GATEWAY_REDIS_SUBSCRIBER');

export const gatewayRedisSubscriberProvider: Provider = {
  provide: GATEWAY_REDIS_SUBSCRIBER,
  inject: [GATEWAY_CONFIG],
  useFactory: (config: GatewayConfig) =>
    config.REDIS_URL
      ? createRedis(config.REDIS_URL, `gateway-${config.GATEWAY_TIER}-invalidations`)
      : undefined,
};
