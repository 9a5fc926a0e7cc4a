import { generateBhytCardCode, provinceByCode, type BhytGroupCode, type SeededRandom } from '@d06/domain';
import { SerialAllocator } from '../identity/number-allocators';
import { ShareAllocator } from '../quality/exact-allocator';
import type { InsuranceRecord, InsuranceState, Poverty, SectorIdentity } from '../records.types';
import { addYears, dayOfParts, isoOf, monthStart, yearOf } from '../util/dates';
import type { Livelihood } from './livelihood';
import type { SocialSecurityBenefit } from './social-security-model';

export type InsuranceStateShares = Readonly<Record<InsuranceState, number>>;

/**
 * Defaults: 5.1% of participants not synced with the register (Thanh Hóa, 9/2023: 3 037 420 of 3 200 783 cards
 * synced with CCCD), a few expired, reduced or revoked; the rest valid. Dealt exactly (ShareAllocator).
 */
export const DEFAULT_INSURANCE_STATE_SHARES: InsuranceStateShares = {
  valid: 0.911,
  expired: 0.025,
  reduced: 0.01,
  revoked: 0.003,
  'not-synced': 0.051,
};

export interface InsuranceFacts {
  readonly age: number;
  readonly birthDay: number;
  readonly poverty: Poverty;
  /** An ethnic-minority person living in an upland (disadvantaged) district. */
  readonly minorityUpland: boolean;
  readonly livelihood: Livelihood;
  readonly socialSecurity: SocialSecurityBenefit | null;
}

type Cover = readonly [group: BhytGroupCode, level: 1 | 2 | 3 | 4 | 5, coverage: number];

/**
 * The group a person is insured under, in BHXH's order of precedence, with the benefit level of QĐ 1351 (1: 100%
 * unlimited, 2: 100% with limits, 3: 95%, 4: 80%) and the share of such people actually insured.
 */
function coverOf(facts: InsuranceFacts): Cover {
  const { age, poverty, livelihood, socialSecurity } = facts;
  if (socialSecurity?.group === 'meritorious') return ['CC', 1, 1];
  if (age < 6) return ['TE', 1, 0.99];
  if (livelihood.pensioner) return ['HT', 3, 1];
  if (socialSecurity) return ['BT', 2, 1];
  if (poverty === 'poor') return ['HN', 2, 0.99];
  if (facts.minorityUpland) return ['DT', 2, 0.95];
  if (poverty === 'near-poor') return ['CN', 3, 0.85];
  switch (livelihood.occupation) {
    case 'pupil':
      return ['HS', 4, 0.96];
    case 'student':
      return ['SV', 4, 0.9];
    case 'enterprise':
      return ['DN', 4, 0.98];
    case 'public':
      return ['HC', 4, 1];
    case 'other':
      return ['GD', 4, age >= 60 ? 0.85 : 0.78];
    case 'none':
      return ['GD', 4, 0.65];
  }
}

/**
 * BHXH participants: group and level by situation, a unique 10-digit social-insurance number (the province's two
 * digits, then eight permuted ones), the 15-character card code, the card's validity, and a lookup state.
 */
export class InsuranceModel {
  private readonly numbers: SerialAllocator;
  private readonly states: ShareAllocator<InsuranceState>;
  private readonly provinceCode2: string;
  private readonly yearStart: number;
  private readonly yearEnd: number;

  constructor(
    provinceCode: string,
    seed: number,
    private readonly referenceDay: number,
    stateShares: InsuranceStateShares = DEFAULT_INSURANCE_STATE_SHARES,
  ) {
    this.provinceCode2 = provinceByCode(provinceCode)!.bhytCode;
    this.numbers = new SerialAllocator(this.provinceCode2, 8, seed, 'social-insurance-number');
    this.states = new ShareAllocator(stateShares);
    const year = yearOf(referenceDay);
    this.yearStart = dayOfParts(year, 1, 1);
    this.yearEnd = dayOfParts(year, 12, 31);
  }

  /** The participant record, or null for the uninsured. `identity` is the sector's copy (maybe defective). */
  draw(random: SeededRandom, facts: InsuranceFacts, identity: () => SectorIdentity): InsuranceRecord | null {
    const [group, benefitLevel, coverage] = coverOf(facts);
    if (!random.chance(coverage)) return null;
    const socialInsuranceNumber = this.numbers.next();
    const state = this.states.next();
    let validFrom: number;
    let validTo: number;
    if (state === 'expired') {
      validTo = this.referenceDay - random.int(1, 365);
      validFrom = addYears(validTo + 1, -1);
    } else if (group === 'TE') {
      validFrom = facts.birthDay;
      validTo = addYears(facts.birthDay, 6) - 1; // until the day before 72 months of age
    } else if (group === 'GD') {
      validFrom = monthStart(this.referenceDay, -random.int(0, 11));
      validTo = addYears(validFrom, 1) - 1;
    } else {
      validFrom = this.yearStart;
      validTo = this.yearEnd;
    }
    return {
      identity: identity(),
      socialInsuranceNumber,
      group,
      benefitLevel,
      cardCode: generateBhytCardCode({
        group,
        benefitLevel,
        provinceCode2: this.provinceCode2,
        socialInsuranceNumber,
      }),
      validFrom: isoOf(validFrom),
      validTo: isoOf(validTo),
      state,
    };
  }
}
