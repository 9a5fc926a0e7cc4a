import { Module, type DynamicModule, type InjectionToken, type OnApplicationShutdown } from '@nestjs/common';
import { CACHE, type Cache } from '../cache.port';
import { createCache, type CreateCacheOptions } from '../create-cache';

export interface CacheModuleOptions extends CreateCacheOptions {
  /** Token to provide the cache under (default CACHE); a second cache in one app needs its own. */
  readonly token?: InjectionToken;
}

/** Provides a Cache (Redis or in-memory by configuration) under CACHE, and closes it when the app shuts down. */
@Module({})
export class CacheModule {
  static forRoot(options: CacheModuleOptions): DynamicModule {
    const { token = CACHE, ...cacheOptions } = options;
    // One closer per cache, as a factory provider: a class would need the token at decoration time.
    const closer = Symbol('CACHE_CLOSER');
    return {
      module: CacheModule,
      global: true,
      providers: [
        { provide: token, useFactory: () => createCache(cacheOptions) },
        {
          provide: closer,
          inject: [token],
          useFactory: (cache: Cache): OnApplicationShutdown => ({
            onApplicationShutdown: () => cache.close(),
          }),
        },
      ],
      exports: [token],
    };
  }
}
