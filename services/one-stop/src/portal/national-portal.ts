import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ONE_STOP_CONFIG } from '../config/one-stop-config.token';
import type { OneStopConfig } from '../config/one-stop.config';
import type { DossierStatus } from '../dossiers/dossier-status';

export type PortalAnswer = { readonly ok: true } | { readonly ok: false; readonly error: string };

/** The national public-service portal (Cổng DVC quốc gia) as the sync sees it. */
export interface NationalPortal {
  publish(dossierCode: string, status: DossierStatus, attempt: number): Promise<PortalAnswer>;
  /** Business milliseconds before a status change reaches the portal (its first attempt). */
  delayOf(dossierCode: string, status: DossierStatus): number;
}

export const NATIONAL_PORTAL = Symbol('NATIONAL_PORTAL');

/** A number in [0, 1) from the seed and the parts: the same inputs decide the same way on every run and replica. */
export function seededFraction(seed: number, ...parts: readonly (string | number)[]): number {
  const digest = createHash('sha256')
    .update([seed, ...parts].join(':'))
    .digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

/**
 * An in-process stand-in of the portal with the reports' "slow, erroneous status sync": a share of attempts
 * fails (ONESTOP_PORTAL_FAILURE_RATE) and a status arrives late (ONESTOP_PORTAL_DELAY_MS), both decided by a
 * hash of ONESTOP_PORTAL_SEED, the dossier, the status and the attempt — not by timing.
 */
@Injectable()
export class SimulatedNationalPortal implements NationalPortal {
  constructor(@Inject(ONE_STOP_CONFIG) private readonly config: OneStopConfig) {}

  publish(dossierCode: string, status: DossierStatus, attempt: number): Promise<PortalAnswer> {
    const rate = this.config.ONESTOP_PORTAL_FAILURE_RATE;
    const fails =
      rate >= 1 ||
      (rate > 0 && seededFraction(this.config.ONESTOP_PORTAL_SEED, dossierCode, status, attempt) < rate);
    return Promise.resolve(
      fails ? { ok: false, error: 'the national portal answered 503 (simulated fault)' } : { ok: true },
    );
  }

  delayOf(dossierCode: string, status: DossierStatus): number {
    const { min, max } = this.config.ONESTOP_PORTAL_DELAY_MS;
    if (max === min) return min;
    const fraction = seededFraction(this.config.ONESTOP_PORTAL_SEED, 'delay', dossierCode, status);
    return min + Math.floor(fraction * (max - min + 1));
  }
}
