import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TOPICS } from '@d06/contracts';
import { EVENT_BUS, type EventBus, type SubscriptionHandle } from '@d06/messaging';
import { CitizenCache } from './citizen-cache';

/**
 * Drops a citizen's cached record when any of the service's own change events about them is consumed, so every
 * replica's cache follows the register (the writer also drops it at once after its commit).
 */
@Injectable()
export class CacheInvalidationSubscriber implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CacheInvalidationSubscriber.name);
  private subscription: SubscriptionHandle | undefined;

  constructor(
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    private readonly cache: CitizenCache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = await this.bus.subscribe({
      // a group of its own per replica: every replica must see every change
      group: `population-cache-${randomUUID()}`,
      topics: [TOPICS.population],
      fromBeginning: false,
      handler: async ({ event }) => {
        const idNumber = (event.data as { idNumber?: unknown } | undefined)?.idNumber;
        if (typeof idNumber === 'string') await this.cache.invalidate(idNumber);
      },
    });
    this.logger.log('citizen cache follows population events');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }
}
