import type { SocialSecurityConfig } from '../config/social-security.config';

/** How the simulated bank behaves: fault injection for rehearsals, deterministic for a seed. */
export interface RailSettings {
  readonly seed: number;
  /** Real milliseconds per call, drawn in [min, max]; half before the bank commits, half after. */
  readonly latencyMs: { readonly min: number; readonly max: number };
  /** Share of new payments rejected for each reason (the rest are credited). */
  readonly rejectionRates: {
    readonly 'invalid-account': number;
    readonly 'closed-account': number;
    readonly 'name-mismatch': number;
  };
  /** Share of credits that come back, and after how many business days. */
  readonly reversalRate: number;
  readonly reversalDays: number;
}

export function railSettingsOf(config: SocialSecurityConfig): RailSettings {
  return {
    seed: config.BANK_RAIL_SEED,
    latencyMs: config.BANK_RAIL_LATENCY_MS,
    rejectionRates: {
      'invalid-account': config.BANK_RAIL_REJECT_INVALID_ACCOUNT,
      'closed-account': config.BANK_RAIL_REJECT_CLOSED_ACCOUNT,
      'name-mismatch': config.BANK_RAIL_REJECT_NAME_MISMATCH,
    },
    reversalRate: config.BANK_RAIL_REVERSAL_RATE,
    reversalDays: config.BANK_RAIL_REVERSAL_DAYS,
  };
}
