import { Inject, Injectable } from '@nestjs/common';
import { VNEID_CONFIG } from '../config/vneid-config.token';
import type { VneidConfig } from '../config/vneid.config';
import { VneidError } from '../vneid.errors';

/** The identity a citizen states when applying, as the population service verifies it. */
export interface ClaimedIdentity {
  idNumber: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  provinceCode: string;
  communeCode?: string;
}

interface VerificationAnswer {
  result: 'match' | 'mismatch';
  reasons: { field: string; reason: string }[];
}

const TIMEOUT_MS = 10_000;

/**
 * Verifies an applicant's identity against the population service (`POST /v1/verifications`) over HTTP, as the
 * real VNeID checks the national population database. Services never import each other: this is its contract.
 */
@Injectable()
export class PopulationClient {
  constructor(@Inject(VNEID_CONFIG) private readonly config: VneidConfig) {}

  async verify(identity: ClaimedIdentity): Promise<VerificationAnswer> {
    const record = {
      recordRef: `vneid-${identity.idNumber.slice(0, 3)}-${Date.now().toString(36)}`,
      idNumber: identity.idNumber,
      fullName: identity.fullName,
      birthDate: identity.birthDate,
      sex: identity.sex,
      // No address: VNeID verifies the person, and a citizen between residences must still get an account.
    };
    let response: Response;
    try {
      response = await fetch(new URL('/v1/verifications', this.config.POPULATION_URL), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-caller-type': 'system',
          'x-caller-id': 'vneid',
          'x-caller-agency': this.config.VNEID_AGENCY,
          'x-caller-role': 'police',
          'x-purpose': 'eid-registration',
        },
        body: JSON.stringify({ sector: 'other', provinceCode: identity.provinceCode, record }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new VneidError('POPULATION_UNAVAILABLE', {
        detail: 'the population service did not answer',
        cause: error,
      });
    }
    if (response.status !== 200) {
      throw new VneidError('POPULATION_UNAVAILABLE', {
        detail: `the population service answered ${response.status}`,
      });
    }
    return (await response.json()) as VerificationAnswer;
  }
}
