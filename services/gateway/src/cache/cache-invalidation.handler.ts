import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { CloudEvent } from 'cloudevents';
import { RESPONSE_CACHE } from '../exchange/exchange.providers';
import { CHANGE_EVENT_TYPES, subjectsOfChange } from './change-events';
import type { ResponseCache } from './response-cache';

/**
 * Providers' change events drop the cached lookups they make stale, at once: a residence change or a death
 * (population) every answer about that citizen; a card issued or reduced (BHYT) every card check of the holder,
 * by ID number and by social-insurance number. Idempotent: dropping twice drops nothing more. (Under node:cluster
 * with Redis, the primary consumes them instead: see cluster-invalidations.)
 */
@Controller()
export class CacheInvalidationHandler {
  constructor(@Inject(RESPONSE_CACHE) private readonly cache: ResponseCache) {}

  @EventPattern([...CHANGE_EVENT_TYPES])
  async onChange(@Payload() event: CloudEvent<unknown>): Promise<void> {
    const subjects = subjectsOfChange(event.data);
    if (subjects.length > 0) await this.cache.invalidate(subjects);
  }
}
