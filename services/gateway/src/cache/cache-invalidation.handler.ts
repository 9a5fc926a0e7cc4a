import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { CloudEvent } from 'cloudevents';
import { EVENT_TYPES } from '@d06/contracts';
import { RESPONSE_CACHE } from '../exchange/exchange.providers';
import type { ResponseCache } from './response-cache';

interface SubjectFacts {
  readonly idNumber?: string;
  readonly socialInsuranceNumber?: string;
}

/**
 * Providers' change events drop the cached lookups they make stale, at once: a residence change or a death
 * (population) every answer about that citizen; a card issued or reduced (BHYT) every card check of the holder,
 * by ID number and by social-insurance number. Idempotent: dropping twice drops nothing more.
 */
@Controller()
export class CacheInvalidationHandler {
  constructor(@Inject(RESPONSE_CACHE) private readonly cache: ResponseCache) {}

  @EventPattern([
    EVENT_TYPES.RESIDENCE_REGISTERED,
    EVENT_TYPES.RESIDENCE_REMOVED,
    EVENT_TYPES.RESIDENCE_ABSENCE_DECLARED,
    EVENT_TYPES.CITIZEN_DECEASED,
    EVENT_TYPES.BHYT_CARD_ISSUED,
    EVENT_TYPES.BHYT_CARD_REDUCED,
  ])
  async onChange(@Payload() event: CloudEvent<SubjectFacts>): Promise<void> {
    const data = event.data ?? {};
    const subjects = [
      ...(data.idNumber ? [`id:${data.idNumber}`] : []),
      ...(data.socialInsuranceNumber ? [`sin:${data.socialInsuranceNumber}`] : []),
    ];
    if (subjects.length > 0) await this.cache.invalidate(subjects);
  }
}
