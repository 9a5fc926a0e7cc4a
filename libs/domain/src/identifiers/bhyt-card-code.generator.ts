import type { SeededRandom } from '../random';
import { BHYT_GROUPS, isBhytGroupCode, type BhytGroupCode } from './bhyt-groups';
import {
  parseBhytCardCode,
  type BhytBenefitLevel,
  type BhytCardCode,
  type ParsedBhytCardCode,
} from './bhyt-card-code.parser';
import { IdentifierInputError } from './identifier.errors';
import { PROVINCES, provinceByBhytCode } from './provinces';

export interface BhytCardCodeSpec {
  readonly group: BhytGroupCode;
  readonly benefitLevel: BhytBenefitLevel;
  /** Two digits, as in PROVINCES[].bhytCode. */
  readonly provinceCode2: string;
  /** Ten digits. */
  readonly socialInsuranceNumber: string;
}

/** Builds the card code. Throws IdentifierInputError naming the bad field. */
export function generateBhytCardCode(spec: BhytCardCodeSpec): BhytCardCode {
  const { group, benefitLevel, provinceCode2, socialInsuranceNumber } = spec;
  if (!isBhytGroupCode(group)) throw new IdentifierInputError('group', 'not a known beneficiary group code');
  if (!Number.isInteger(benefitLevel) || benefitLevel < 1 || benefitLevel > 5) {
    throw new IdentifierInputError('benefitLevel', `must be an integer 1-5, got ${benefitLevel}`);
  }
  if (!provinceByBhytCode(provinceCode2)) {
    throw new IdentifierInputError('provinceCode2', 'not a two-digit BHYT province code');
  }
  if (!/^[0-9]{10}$/.test(socialInsuranceNumber)) {
    throw new IdentifierInputError('socialInsuranceNumber', 'must be exactly 10 digits');
  }
  return parseBhytCardCode(`${group}${benefitLevel}${provinceCode2}${socialInsuranceNumber}`).code;
}

/** Ten random digits (mã số BHXH); uniqueness is the caller's business. */
export function randomSocialInsuranceNumber(random: SeededRandom): string {
  return `${String(random.int(0, 99_999)).padStart(5, '0')}${String(random.int(0, 99_999)).padStart(5, '0')}`;
}

/** A random but well-formed card; any part given in `fixed` is kept. */
export function randomBhytCardCode(
  random: SeededRandom,
  fixed: Partial<BhytCardCodeSpec> = {},
): ParsedBhytCardCode {
  const code = generateBhytCardCode({
    group: fixed.group ?? random.pick(BHYT_GROUPS).code,
    benefitLevel: fixed.benefitLevel ?? (random.int(1, 5) as BhytBenefitLevel),
    provinceCode2: fixed.provinceCode2 ?? random.pick(PROVINCES).bhytCode,
    socialInsuranceNumber: fixed.socialInsuranceNumber ?? randomSocialInsuranceNumber(random),
  });
  return parseBhytCardCode(code);
}
