import { Inject, Injectable } from '@nestjs/common';
import { CALLER_HEADERS } from '@d06/platform';
import { request, type Dispatcher } from 'undici';
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
    let response: Dispatcher.ResponseData;
    try {
      // undici's request rather than fetch: one call per dossier received, at a fraction of fetch's cost
      response = await request(
        new URL(`/v1/citizens/${encodeURIComponent(idNumber)}`, this.config.POPULATION_URL),
        {
          headers: this.headers(agencyCode, dossierCode),
          ...this.timeouts(),
        },
      );
    } catch {
      return { found: false, why: 'unavailable' };
    }
    if (response.statusCode !== 200) {
      await response.body.dump();
      return { found: false, why: response.statusCode === 404 ? 'not-found' : 'unavailable' };
    }
    try {
      return { found: true, record: (await response.body.json()) as Record<string, unknown> };
    } catch {
      return { found: false, why: 'unavailable' };
    }
  }

  /**
   * Several citizens of one agency's dossiers in one call (POST /v1/citizens/batch, each read audited with its
   * dossier), in order; an outage answers every one unavailable, as the single calls would.
   */
  async citizens(
    lookups: readonly { idNumber: string; dossierCode: string }[],
    agencyCode: string,
  ): Promise<CitizenLookup[]> {
    const unavailable = (): CitizenLookup[] => lookups.map(() => ({ found: false, why: 'unavailable' }));
    try {
      const response = await request(new URL('/v1/citizens/batch', this.config.POPULATION_URL), {
        method: 'POST',
        headers: { ...this.headers(agencyCode), 'content-type': 'application/json' },
        body: JSON.stringify({ lookups }),
        ...this.timeouts(),
      });
      if (response.statusCode !== 200) {
        await response.body.dump();
        return unavailable();
      }
      const { results } = (await response.body.json()) as { results?: ListItem[] };
      if (results?.length !== lookups.length) return unavailable();
      return results.map((item) =>
        item.status === 200 && item.answer
          ? { found: true, record: item.answer }
          : { found: false, why: item.status === 404 ? 'not-found' : 'unavailable' },
      );
    } catch {
      return unavailable();
    }
  }

  /** The one-stop system asking for a dossier's pre-fill (role one-stop: identity, residences, marital status). */
  private headers(agencyCode: string, dossierCode?: string): Record<string, string> {
    return {
      [CALLER_HEADERS.type]: 'system',
      [CALLER_HEADERS.id]: 'one-stop',
      [CALLER_HEADERS.agency]: agencyCode,
      [CALLER_HEADERS.role]: 'one-stop',
      [CALLER_HEADERS.purpose]: 'dossier-prefill',
      ...(dossierCode ? { [CALLER_HEADERS.dossierCode]: dossierCode } : {}),
    };
  }

  private timeouts() {
    const timeout = this.config.ONESTOP_PEER_TIMEOUT_MS;
    return { headersTimeout: timeout, bodyTimeout: timeout };
  }
}

type ListItem = { status: number; answer?: Record<string, unknown> };
