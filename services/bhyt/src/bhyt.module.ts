import { Module, type DynamicModule } from '@nestjs/common';
import { CACHE, CacheModule, type Cache } from '@d06/cache';
import type { Clock } from '@d06/platform';
import { ServiceFoundationModule } from '@d06/service-kit';
import { BHYT_ENTITIES } from './bhyt.entities';
import { BHYT_CONFIG } from './config/bhyt-config.token';
import { bhytCachePrefix, type BhytConfig } from './config/bhyt.config';
import { InsuranceModule } from './insurance.module';
import { BHYT_MIGRATIONS } from './migrations';

export interface BhytOptions {
  /** Business time; the system clock unless a simulation shares its virtual clock. */
  readonly clock?: Clock;
}

/** BHYT: BHXH's insurance database and its card gateway (participants, cards, facilities, lookups). */
@Module({})
export class BhytModule {
  static forRoot(config: BhytConfig, options: BhytOptions = {}): DynamicModule {
    return {
      module: BhytModule,
      imports: [
        ServiceFoundationModule.forRoot({
          name: 'bhyt',
          config,
          configToken: BHYT_CONFIG,
          entities: BHYT_ENTITIES,
          migrations: BHYT_MIGRATIONS,
          clock: options.clock,
          readiness: {
            inject: [CACHE],
            useFactory: (cache: Cache) => [{ name: 'cache', check: () => cache.isReady() }],
          },
        }),
        CacheModule.forRoot({ redisUrl: config.REDIS_URL, prefix: bhytCachePrefix(config) }),
        InsuranceModule,
      ],
    };
  }
}
