import { BHYT_RULE_RESULT_CODES, type BhytCheckResultCode } from './bhyt-check-results';
import { isBhytGroupCode, type BhytGroupCode } from './bhyt-groups';
import { BhytCardCodeError, type BhytCardCodeRule } from './identifier.errors';
import { provinceByBhytCode } from './provinces';

/**
 * BHYT card code, 15 characters: group (2 letters), benefit level (1 digit, 1–5), province (2 digits),
 * social-insurance number (mã số BHXH, 10 digits). Example: `TE1380123456789`. Parsing is strict: callers trim
 * and upper-case at their boundary if they want to be lenient.
 */
export type BhytCardCode = string & { readonly __brand: 'BhytCardCode' };

export type BhytBenefitLevel = 1 | 2 | 3 | 4 | 5;

export interface ParsedBhytCardCode {
  readonly code: BhytCardCode;
  readonly group: BhytGroupCode;
  readonly benefitLevel: BhytBenefitLevel;
  /** Two digits, BHXH's province numbering (synthetic here, see PROVINCES). */
  readonly provinceCode2: string;
  readonly socialInsuranceNumber: string;
}

export type BhytCardCodeValidation =
  | { readonly ok: true; readonly value: ParsedBhytCardCode }
  | {
      readonly ok: false;
      readonly rule: BhytCardCodeRule;
      readonly resultCode: BhytCheckResultCode;
      readonly message: string;
    };

export const BHYT_CARD_CODE_LENGTH = 15;

const SOCIAL_INSURANCE_NUMBER = /^[0-9]{10}$/;

function fail(rule: BhytCardCodeRule, message: string): BhytCardCodeValidation {
  return { ok: false, rule, resultCode: BHYT_RULE_RESULT_CODES[rule], message: `${message} (rule: ${rule})` };
}

/** Checks positions left to right and reports the first rule broken, with the check result code it earns. */
export function validateBhytCardCode(value: string): BhytCardCodeValidation {
  if (value.length !== BHYT_CARD_CODE_LENGTH) {
    return fail('length', `BHYT card code must have 15 characters, got ${value.length}`);
  }
  const group = value.slice(0, 2);
  if (!isBhytGroupCode(group)) {
    return fail('group', 'characters 1-2 are not a known beneficiary group code (upper-case letters)');
  }
  const level = value[2];
  if (level < '1' || level > '5') return fail('benefit-level', 'character 3 must be a benefit level 1-5');
  const provinceCode2 = value.slice(3, 5);
  if (!provinceByBhytCode(provinceCode2)) {
    return fail('province', 'characters 4-5 are not a province code');
  }
  const socialInsuranceNumber = value.slice(5);
  if (!SOCIAL_INSURANCE_NUMBER.test(socialInsuranceNumber)) {
    return fail('social-insurance-number', 'characters 6-15 must be the 10-digit social-insurance number');
  }
  return {
    ok: true,
    value: {
      code: value as BhytCardCode,
      group,
      benefitLevel: Number(level) as BhytBenefitLevel,
      provinceCode2,
      socialInsuranceNumber,
    },
  };
}

/** The parts of a card code, or a BhytCardCodeError naming the first rule broken. */
export function parseBhytCardCode(value: string): ParsedBhytCardCode {
  const result = validateBhytCardCode(value);
  if (!result.ok) throw new BhytCardCodeError(result.rule, result.message);
  return result.value;
}

export function isBhytCardCode(value: string): value is BhytCardCode {
  return validateBhytCardCode(value).ok;
}
