import { Module, type DynamicModule } from '@nestjs/common';
import { CACHE, CacheModule, type Cache } from '@d06/cache';
import type { Clock } from '@d06/platform';
import { ServiceFoundationModule } from '@d06/service-kit';
import type { PopulationConfig } from './config/population.config';
import { POPULATION_MIGRATIONS } from './migrations';
import { POPULATION_ENTITIES } from './population.entities';
import { RegistryModule } from './registry.module';

export interface PopulationOptions {
  /** Business time; the system clock unless a simulation shares its virtual clock. */
  readonly clock?: Clock;
}

/** The population registry (CSDLQG về dân cư): the reference every other service checks against. */
@Module({})
export class PopulationModule {
  static forRoot(config: PopulationConfig, options: PopulationOptions = {}): DynamicModule {
    return {
      module: PopulationModule,
      imports: [
        ServiceFoundationModule.forRoot({
          name: 'population',
          config,
          entities: POPULATION_ENTITIES,
          migrations: POPULATION_MIGRATIONS,
          clock: options.clock,
          readiness: {
            inject: [CACHE],
            useFactory: (cache: Cache) => [{ name: 'cache', check: () => cache.isReady() }],
          },
        }),
        CacheModule.forRoot({
          redisUrl: config.REDIS_URL,
          prefix: `d06:${config.KAFKA_TOPIC_PREFIX}${config.DB_SCHEMA}:`,
        }),
        RegistryModule,
      ],
    };
  }
}
