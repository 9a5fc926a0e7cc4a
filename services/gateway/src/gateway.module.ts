import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Clock } from '@d06/platform';
import { ServiceFoundationModule } from '@d06/service-kit';
import { AdminKeyGuard } from './admin/admin-key.guard';
import { AdminController } from './admin/admin.controller';
import { RegistryAdminService } from './admin/registry-admin.service';
import { CacheInvalidationHandler } from './cache/cache-invalidation.handler';
import { GATEWAY_CONFIG } from './config/gateway-config.token';
import type { GatewayConfig } from './config/gateway.config';
import { CostController } from './costs/cost.controller';
import { CostLedger } from './costs/cost-ledger';
import { CallRecorder } from './exchange/call-recorder';
import { ExchangeHandler } from './exchange/exchange-handler';
import { EXCHANGE_PROVIDERS } from './exchange/exchange.providers';
import { ProviderClient } from './exchange/provider-client';
import { ProviderForwarder } from './exchange/provider-forwarder';
import { GATEWAY_ENTITIES } from './gateway.entities';
import { MessageLogVerifier } from './message-log/message-log.verifier';
import { MessageLogWriter } from './message-log/message-log.writer';
import { GATEWAY_MIGRATIONS } from './migrations';
import { MonitoringShipperService } from './monitoring/monitoring-shipper.service';
import { RegistryStore } from './registry/registry-store';
import { closeRedis } from './support/redis-connection';
import {
  GATEWAY_REDIS,
  GATEWAY_REDIS_SUBSCRIBER,
  gatewayRedisProvider,
  gatewayRedisSubscriberProvider,
} from './support/gateway-redis.provider';

export interface GatewayOptions {
  /** Business time (outage windows, peak hours, record times); the system clock unless a simulation shares one. */
  readonly clock?: Clock;
}

/** Closes what the data plane holds open, after the queues have drained (beforeApplicationShutdown). */
class ConnectionsLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(GATEWAY_REDIS) private readonly redis: Redis | undefined,
    @Inject(GATEWAY_REDIS_SUBSCRIBER) private readonly subscriber: Redis | undefined,
    private readonly providers: ProviderClient,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.providers.close();
    if (this.subscriber) await closeRedis(this.subscriber);
    if (this.redis) await closeRedis(this.redis);
  }
}

/** The LGSP/NDXP gateway: registry, data plane, message log, monitoring, limits, cache, costs, faults, admin. */
@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig, options: GatewayOptions = {}): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ServiceFoundationModule.forRoot({
          name: 'gateway',
          config,
          configToken: GATEWAY_CONFIG,
          entities: GATEWAY_ENTITIES,
          migrations: GATEWAY_MIGRATIONS,
          clock: options.clock,
          outbox: false,
        }),
      ],
      controllers: [AdminController, CostController, CacheInvalidationHandler],
      providers: [
        gatewayRedisProvider,
        gatewayRedisSubscriberProvider,
        ...EXCHANGE_PROVIDERS,
        RegistryStore,
        MessageLogWriter,
        MessageLogVerifier,
        MonitoringShipperService,
        CostLedger,
        CallRecorder,
        ProviderForwarder,
        ExchangeHandler,
        RegistryAdminService,
        AdminKeyGuard,
        {
          provide: ConnectionsLifecycle,
          inject: [GATEWAY_REDIS, GATEWAY_REDIS_SUBSCRIBER, ProviderClient],
          useFactory: (redis: Redis | undefined, subscriber: Redis | undefined, providers: ProviderClient) =>
            new ConnectionsLifecycle(redis, subscriber, providers),
        },
      ],
    };
  }
}
