import type { EmbeddedPostgres } from '@d06/persistence';
import type { DefectRates, GeneratedHousehold } from '@d06/synthetic';
import type { AccountShares } from './account-draw';

export interface SeedSocialSecurityOptions {
  /** PostgreSQL URL; without it, the embedded database (PGlite). */
  readonly databaseUrl?: string;
  /** Default `social_security`. */
  readonly schema?: string;
  /** `38` or `038`: the same province, size and seed as the population seed give consistent data. */
  readonly provinceCode: string;
  readonly size: number;
  readonly seed: number;
  readonly referenceDate?: string;
  readonly defects?: Partial<DefectRates>;
  readonly accountShares?: AccountShares;
  readonly inactiveShare?: number;
  /** Empty beneficiaries and accounts first; without it a province already seeded is refused. */
  readonly replace?: boolean;
  /**
   * The province's batches from a generator shared with the other seeds (`shareProvince` of `@d06/synthetic`, made
   * with these same province options; read, never changed); generated here when absent.
   */
  readonly households?: AsyncIterable<GeneratedHousehold[]>;
  /** Business time of the load (enrolment time, the summary event's time); now by default. */
  readonly now?: Date;
  readonly embedded?: EmbeddedPostgres;
}

export interface GroupCounts {
  socialAssistance: number;
  meritorious: number;
}

export interface SeedSocialSecuritySummary {
  readonly schema: string;
  readonly provinceCode: string;
  readonly size: number;
  readonly seed: number;
  readonly referenceDate: string;
  readonly beneficiaries: GroupCounts;
  /** Beneficiaries whose (recorded) ID number has an account mapped, active or not. */
  readonly withAccount: GroupCounts;
  readonly accounts: {
    active: number;
    inactive: number;
    'bank-account': number;
    'e-wallet': number;
    'mobile-money': number;
  };
  readonly monthlyAmountVnd: GroupCounts;
  /** Generated beneficiaries left out because their recorded ID number was taken (a defect made it collide). */
  readonly skipped: number;
  readonly seconds: number;
}
