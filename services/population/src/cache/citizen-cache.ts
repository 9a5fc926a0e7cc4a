import { Inject, Injectable } from '@nestjs/common';
import { CACHE, type Cache } from '@d06/cache';
import type { CitizenRecord } from '../citizens/citizen-record';

const TTL_SECONDS = 300;

/** Read-through cache of citizen records (Redis or in memory), invalidated when the citizen changes. */
@Injectable()
export class CitizenCache {
  constructor(@Inject(CACHE) private readonly cache: Cache) {}

  getOrLoad(
    idNumber: string,
    load: () => Promise<CitizenRecord | undefined>,
  ): Promise<CitizenRecord | undefined> {
    return this.cache.getOrLoad(keyOf(idNumber), load, TTL_SECONDS);
  }

  async invalidate(...idNumbers: string[]): Promise<void> {
    if (idNumbers.length > 0) await this.cache.delete(...idNumbers.map(keyOf));
  }
}

function keyOf(idNumber: string): string {
  return `citizen:${idNumber}`;
}
