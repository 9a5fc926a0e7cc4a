import type { EmbeddedPostgres } from '@d06/persistence';
import type { DefectRates, InsuranceStateShares, GeneratedHousehold } from '@d06/synthetic';

export interface SeedBhytOptions {
  /** PostgreSQL URL; without it, the embedded database (PGlite), loaded with INSERTs. */
  readonly databaseUrl?: string;
  /** Default `bhyt`. */
  readonly schema?: string;
  /** `38` or `038`. Same province, size, seed and reference date as the population seed: the same people. */
  readonly provinceCode: string;
  readonly size: number;
  readonly seed: number;
  readonly referenceDate?: string;
  readonly defects?: Partial<DefectRates>;
  readonly insuranceStates?: Partial<InsuranceStateShares>;
  /** Share (0-1) of facilities checking patients in with the chip ID card; default 1 (Thanh Hóa: 678/678). */
  readonly facilityIdCardShare?: number;
  /** Empty the registry first; without it a schema that has participants is refused. */
  readonly replace?: boolean;
  /**
   * The province's batches from a generator shared with the other seeds (`shareProvince` of `@d06/synthetic`, made
   * with these same province options; read, never changed); generated here when absent.
   */
  readonly households?: AsyncIterable<GeneratedHousehold[]>;
  /** Business time of the load (the registry.seeded event's time); the wall clock by default. */
  readonly now?: Date;
  /** The service's Redis: its cache is warmed with every participant after the load. */
  readonly redisUrl?: string;
  /** The service's cache key prefix (bhytCachePrefix); default that of `schema` without a topic prefix. */
  readonly cachePrefix?: string;
  readonly cacheTtlSeconds?: number;
  readonly onProgress?: (progress: SeedBhytProgress) => void;
  /** Embedded database to use when there is no `databaseUrl`; default `EmbeddedPostgres.shared()`. */
  readonly embedded?: EmbeddedPostgres;
}

export interface SeedBhytProgress {
  readonly citizens: number;
  readonly totalCitizens: number;
  readonly participants: number;
  readonly elapsedSeconds: number;
  readonly done: boolean;
}

export interface SeedBhytSummary {
  readonly schema: string;
  readonly provinceCode: string;
  readonly size: number;
  readonly seed: number;
  readonly referenceDate: string;
  /** `copy` on PostgreSQL; `insert` on the embedded database, whose socket server cannot take COPY FROM STDIN. */
  readonly mode: 'copy' | 'insert';
  readonly rows: { readonly participants: number; readonly cards: number; readonly facilities: number };
  readonly facilitiesAcceptingIdCard: number;
  readonly cardsSyncedWithIdCard: number;
  readonly validCardsSyncedWithIdCard: number;
  /** Cache entries written (0 without `redisUrl`). */
  readonly cacheEntries: number;
  readonly seconds: number;
}
