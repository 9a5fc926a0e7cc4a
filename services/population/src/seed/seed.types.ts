import type { EmbeddedPostgres } from '@d06/persistence';
import type { DefectRates, InsuranceStateShares, GeneratedHousehold } from '@d06/synthetic';
import type { SeedTable } from './seed-rows';

export type SeedRowCounts = Record<SeedTable, number>;

export interface SeedProgress {
  readonly rows: SeedRowCounts;
  readonly citizens: number;
  readonly totalCitizens: number;
  readonly elapsedSeconds: number;
  /** All tables' rows per second since the start. */
  readonly rowsPerSecond: number;
  readonly done: boolean;
}

export interface SeedPopulationOptions {
  /** PostgreSQL URL; without it, the embedded database (PGlite), loaded with batched INSERTs. */
  readonly databaseUrl?: string;
  /** Default `population`. */
  readonly schema?: string;
  /** `38` or `038`. */
  readonly provinceCode: string;
  readonly size: number;
  readonly seed: number;
  readonly referenceDate?: string;
  readonly defects?: Partial<DefectRates>;
  readonly insuranceStates?: Partial<InsuranceStateShares>;
  /** Truncate the seeded tables first; without it a schema that already has citizens is refused. */
  readonly replace?: boolean;
  /**
   * The province's batches from a generator shared with the other seeds (`shareProvince` of `@d06/synthetic`, made
   * with these same province options; read, never changed); generated here when absent.
   */
  readonly households?: AsyncIterable<GeneratedHousehold[]>;
  readonly onProgress?: (progress: SeedProgress) => void;
  /** Least time between two progress reports; default 500 ms. */
  readonly progressIntervalMs?: number;
  /** Embedded database to use when there is no `databaseUrl`; default `EmbeddedPostgres.shared()`. */
  readonly embedded?: EmbeddedPostgres;
}

export interface SeedSummary {
  readonly schema: string;
  readonly provinceCode: string;
  readonly size: number;
  readonly seed: number;
  readonly referenceDate: string;
  /** `copy` on PostgreSQL; `insert` on the embedded database, whose socket server cannot take COPY FROM STDIN. */
  readonly mode: 'copy' | 'insert';
  readonly rows: SeedRowCounts;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly citizensPerSecond: number;
}
