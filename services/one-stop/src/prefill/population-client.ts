import { Inject, Injectable } from '@nestjs/common';
import { CALLER_HEADERS } from '@d06/platform';
import { ONE_STOP_CONFIG } from '../config/one-stop-config.token';
import type { OneStopConfig } from '../config/one-stop.config';

export type CitizenLookup =
  | { readonly found: true; readonly record: Record<string, unknown> }
  | { readonly found: false; readonly why: 'not-found' | 'unavailable' };

/**
 * Reads a citizen from the population service for a form's pre-fill (GET /v1/citizens/{id}), stating who asks
 * (the one-stop system, role one-stop: it sees identity, residences and marital status) and for which dossier.
 * Services never import each other: this is the HTTP contract.
 */
@Injectable()
export class PopulationClient {
  constructor(@Inject(ONE_STOP_CONFIG) private readonly config: OneStopConfig) {}

  async citizen(idNumber: string, dossierCode: string, agencyCode: string): Promise<CitizenLookup> {
    let response: Response;
    try {
      response = await fetch(
        new URL(`/v1/citizens/${encodeURIComponent(idNumber)}`, this.config.POPULATION_URL),
        {
          headers: {
            [CALLER_HEADERS.type]: 'system',
            [CALLER_HEADERS.id]: 'one-stop',
            [CALLER_HEADERS.agency]: agencyCode,
            [CALLER_HEADERS.role]: 'one-stop',
            [CALLER_HEADERS.purpose]: 'dossier-prefill',
            [CALLER_HEADERS.dossierCode]: dossierCode,
          },
          signal: AbortSignal.timeout(this.config.ONESTOP_PEER_TIMEOUT_MS),
        },
      );
    } catch {
      return { found: false, why: 'unavailable' };
    }
    if (response.status === 404) return { found: false, why: 'not-found' };
    if (response.status !== 200) return { found: false, why: 'unavailable' };
    return { found: true, record: (await response.json()) as Record<string, unknown> };
  }
}
