import { Module, type DynamicModule } from '@nestjs/common';
import type { Clock } from '@d06/platform';
import { ServiceFoundationModule } from '@d06/service-kit';
import type Redis from 'ioredis';
import { VNEID_CONFIG } from './config/vneid-config.token';
import type { VneidConfig } from './config/vneid.config';
import { EidModule } from './eid.module';
import { VNEID_MIGRATIONS } from './migrations';
import { OidcModule } from './oidc/oidc.module';
import { VNEID_REDIS } from './oidc/oidc.tokens';
import { redisReady } from './oidc/redis-connection';
import { VNEID_ENTITIES } from './vneid.entities';

export interface VneidOptions {
  /** Business time; the system clock unless a simulation shares its virtual clock. */
  readonly clock?: Clock;
}

/** VNeID: the e-ID accounts and the OpenID Connect provider every public service logs citizens in with. */
@Module({})
export class VneidModule {
  static forRoot(config: VneidConfig, options: VneidOptions = {}): DynamicModule {
    return {
      module: VneidModule,
      imports: [
        ServiceFoundationModule.forRoot({
          name: 'vneid',
          config,
          configToken: VNEID_CONFIG,
          entities: VNEID_ENTITIES,
          migrations: VNEID_MIGRATIONS,
          // On the embedded database one connection serialises this service's queries: nothing here queries
          // outside a transaction it holds, and PGlite has a single backend anyway.
          ...(config.DATABASE_URL ? {} : { poolSize: 1 }),
          clock: options.clock,
          readiness: {
            inject: [VNEID_REDIS],
            useFactory: (redis: Redis | undefined) => [{ name: 'sessions', check: () => redisReady(redis) }],
          },
        }),
        OidcModule,
        EidModule,
      ],
    };
  }
}
