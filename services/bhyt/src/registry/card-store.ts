import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CACHE, type Cache } from '@d06/cache';
import { qualifiedTable } from '@d06/messaging';
import { DataSource } from 'typeorm';
import { BHYT_CONFIG } from '../config/bhyt-config.token';
import type { BhytConfig } from '../config/bhyt.config';
import { cardCacheKeys } from './card-cache-keys';
import { Card } from './card.entity';
import { toCardView, type CardView, type CardViewRow } from './card-view';
import { Participant } from './participant.entity';

/** A participant whose cached views a change made stale. */
export interface TouchedParticipant {
  readonly socialInsuranceNumber: string;
  readonly idNumber: string | null;
}

/**
 * The lookups' read path: a participant's card view from the cache (Redis, or memory), read through from
 * PostgreSQL on a miss. "No card" is cached too (as null), so repeated lookups of an unknown number stay off the
 * database; every write drops the keys it touches after its commit (RegistryWriter).
 */
@Injectable()
export class CardStore {
  /** Cache misses of a turn, read from PostgreSQL together: a list's card checks miss in one query, not one each. */
  private readonly byIdNumbers = this.loader(
    'p.id_number = ANY($1) AND p.id_synced',
    (row) => row.id_number!,
  );
  private readonly bySocialInsuranceNumbers = this.loader(
    'p.social_insurance_number = ANY($1)',
    (row) => row.social_insurance_number,
  );

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CACHE) private readonly cache: Cache,
    @Inject(BHYT_CONFIG) private readonly config: BhytConfig,
  ) {}

  /** The participant linked to this ID number (verified against the register), or null. */
  async byIdNumber(idNumber: string): Promise<CardView | null> {
    const view = await this.cache.getOrLoad<CardView | null>(
      cardCacheKeys.byIdNumber(idNumber),
      () => this.byIdNumbers.load(idNumber),
      this.config.BHYT_CACHE_TTL_SECONDS,
    );
    return view ?? null;
  }

  /** The participant with this social-insurance number (the card code's last ten digits), or null. */
  async bySocialInsuranceNumber(sin: string): Promise<CardView | null> {
    const view = await this.cache.getOrLoad<CardView | null>(
      cardCacheKeys.bySocialInsuranceNumber(sin),
      () => this.bySocialInsuranceNumbers.load(sin),
      this.config.BHYT_CACHE_TTL_SECONDS,
    );
    return view ?? null;
  }

  async invalidate(touched: readonly TouchedParticipant[]): Promise<void> {
    const keys = touched.flatMap((p) => [
      cardCacheKeys.bySocialInsuranceNumber(p.socialInsuranceNumber),
      ...(p.idNumber ? [cardCacheKeys.byIdNumber(p.idNumber)] : []),
    ]);
    if (keys.length > 0) await this.cache.delete(...new Set(keys));
  }

  /**
   * Loads views by a key column in batches: the keys asked for within one turn of the event loop go in one query
   * (rows in the order a single key's query had them), each key answered with its own rows' view or null.
   */
  private loader(where: string, keyOf: (row: CardViewRow) => string): DataLoader<string, CardView | null> {
    return new DataLoader(
      async (keys) => {
        const rows = await this.rows(where, [...keys]);
        const byKey = new Map<string, CardViewRow[]>();
        for (const row of rows) {
          const key = keyOf(row);
          const own = byKey.get(key) ?? [];
          own.push(row);
          byKey.set(key, own);
        }
        return keys.map((key) => toCardView(byKey.get(key) ?? []) ?? null);
      },
      { cache: false, maxBatchSize: 1_000, batchScheduleFn: (callback) => setImmediate(callback) },
    );
  }

  private rows(where: string, keys: string[]): Promise<CardViewRow[]> {
    const participants = qualifiedTable(this.dataSource.manager, Participant);
    const cards = qualifiedTable(this.dataSource.manager, Card);
    return this.dataSource.query<CardViewRow[]>(
      `SELECT p.social_insurance_number, p.id_number, p.id_synced, p.full_name, p.birth_date::text AS birth_date,
              p.sex, p.province, p.deceased_on::text AS deceased_on, c.card_code, c.valid_from::text AS valid_from,
              c.valid_to::text AS valid_to, c.status, c.reduction
         FROM ${participants} p JOIN ${cards} c USING (social_insurance_number)
        WHERE ${where}
        ORDER BY p.social_insurance_number`,
      [keys],
    );
  }
}
