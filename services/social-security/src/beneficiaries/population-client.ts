import { Inject, Injectable } from '@nestjs/common';
import { SSA_CONFIG } from '../config/social-security-config.token';
import type { SocialSecurityConfig } from '../config/social-security.config';
import { SocialSecurityError } from '../social-security.errors';

/** A beneficiary record as the population service's verification contract takes it. */
export interface SectorRecord {
  readonly recordRef: string;
  readonly idNumber: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
  readonly address?: { readonly provinceCode?: string; readonly communeCode?: string };
}

export interface Verification {
  readonly result: 'match' | 'mismatch';
  readonly reasons: readonly { readonly field: string; readonly reason: string }[];
}

const SINGLE_TIMEOUT_MS = 10_000;
const BATCH_TIMEOUT_MS = 120_000;

/**
 * Verifies beneficiary records against the population service over HTTP (`POST /v1/verifications` and
 * `/v1/verifications/batch`), as LĐTBXH reviews its lists against the national population database. Services
 * never import each other: this is the contract.
 */
@Injectable()
export class PopulationClient {
  constructor(@Inject(SSA_CONFIG) private readonly config: SocialSecurityConfig) {}

  verify(provinceCode: string, record: SectorRecord): Promise<Verification> {
    return this.post<Verification>(
      '/v1/verifications',
      { sector: 'social', provinceCode, record },
      SINGLE_TIMEOUT_MS,
    );
  }

  /** At most 10 000 records (the population service's limit); the answers in the records' order. */
  async verifyBatch(
    provinceCode: string,
    batchId: string,
    records: readonly SectorRecord[],
  ): Promise<Verification[]> {
    const answer = await this.post<{ results: (Verification & { index: number })[] }>(
      '/v1/verifications/batch',
      { sector: 'social', provinceCode, batchId, records },
      BATCH_TIMEOUT_MS,
    );
    const byIndex = new Map(answer.results.map((result) => [result.index, result]));
    return records.map((_record, index) => {
      const result = byIndex.get(index);
      if (!result)
        throw new SocialSecurityError('POPULATION_UNAVAILABLE', { detail: 'an incomplete batch answer' });
      return result;
    });
  }

  private async post<T>(path: string, body: unknown, timeoutMs: number): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.config.POPULATION_URL), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-caller-type': 'system',
          'x-caller-id': 'social-security',
          'x-caller-agency': this.config.SSA_AGENCY,
          'x-caller-role': 'social',
          'x-purpose': 'beneficiary-review',
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new SocialSecurityError('POPULATION_UNAVAILABLE', {
        detail: 'the population service did not answer',
        cause: error,
      });
    }
    if (response.status !== 200) {
      throw new SocialSecurityError('POPULATION_UNAVAILABLE', {
        detail: `the population service answered ${response.status}`,
      });
    }
    return (await response.json()) as T;
  }
}
