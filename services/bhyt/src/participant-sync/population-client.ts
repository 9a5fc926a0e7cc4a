import { Inject, Injectable } from '@nestjs/common';
import { BhytError } from '../bhyt.errors';
import { BHYT_CONFIG } from '../config/bhyt-config.token';
import type { BhytConfig } from '../config/bhyt.config';

/** A participant's identity as BHXH holds it, sent for verification. */
export interface ParticipantRecord {
  recordRef: string;
  idNumber: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
}

export interface BatchAnswer {
  batchId: string;
  total: number;
  matched: number;
  mismatched: number;
  results: { index: number; result: 'match' | 'mismatch'; reasons: { field: string; reason: string }[] }[];
}

const TIMEOUT_MS = 120_000;

/**
 * Verifies participants against the population service (`POST /v1/verifications/batch`, ≤ 10 000 records) over
 * HTTP, as BHXH cleans its database against the national population database. Services never import each other:
 * this is its contract.
 */
@Injectable()
export class PopulationClient {
  constructor(@Inject(BHYT_CONFIG) private readonly config: BhytConfig) {}

  async verifyBatch(
    provinceCode: string,
    batchId: string,
    records: ParticipantRecord[],
  ): Promise<BatchAnswer> {
    let response: Response;
    try {
      response = await fetch(new URL('/v1/verifications/batch', this.config.POPULATION_URL), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-caller-type': 'system',
          'x-caller-id': 'bhyt',
          'x-caller-agency': this.config.BHYT_AGENCY,
          'x-caller-role': 'insurance',
          'x-purpose': 'participant-sync',
        },
        body: JSON.stringify({ sector: 'insurance', provinceCode, batchId, records }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new BhytError('POPULATION_UNAVAILABLE', {
        detail: 'the population service did not answer',
        cause: error,
      });
    }
    if (response.status !== 200) {
      throw new BhytError('POPULATION_UNAVAILABLE', {
        detail: `the population service answered ${response.status}`,
      });
    }
    const answer = (await response.json()) as BatchAnswer;
    if (!Array.isArray(answer.results) || answer.results.length !== records.length) {
      throw new BhytError('POPULATION_UNAVAILABLE', {
        detail: 'the population service answered another batch',
      });
    }
    return answer;
  }
}
