import { Inject, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { CACHE, type Cache } from '../cache.port';
import { InMemoryCache } from '../memory/in-memory-cache';
import { CacheModule } from './cache.module';

const RESPONSES = Symbol('RESPONSES');

@Injectable()
class CitizenLookup {
  constructor(
    @Inject(CACHE) readonly citizens: Cache,
    @Inject(RESPONSES) readonly responses: Cache,
  ) {}
}

// A feature module that does not import CacheModule: the caches are global, as the event bus is.
@Module({ providers: [CitizenLookup] })
class LookupModule {}

describe('CacheModule', () => {
  it('provides caches under CACHE and a token of choice to other modules, and closes them on shutdown', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        CacheModule.forRoot({ prefix: 'd06:population:' }),
        CacheModule.forRoot({ prefix: 'd06:gateway:', token: RESPONSES }),
        LookupModule,
      ],
    }).compile();
    const app = moduleRef.createNestApplication();
    await app.init();
    const { citizens, responses } = app.get(CitizenLookup);
    expect(citizens).toBeInstanceOf(InMemoryCache);
    expect(responses).toBeInstanceOf(InMemoryCache);
    expect(citizens).not.toBe(responses);
    await citizens.set('k', 'citizen');
    expect(await responses.get('k')).toBeUndefined();
    expect(await citizens.isReady()).toBe(true);

    await app.close();
    expect(await citizens.isReady()).toBe(false);
    expect(await responses.isReady()).toBe(false);
  });
});
