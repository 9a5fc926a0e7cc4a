import { PersonalIdError, type PersonalIdRule } from './identifier.errors';
import { provinceByCode } from './provinces';

/**
 * Personal ID number (số định danh cá nhân), 12 digits `PPP G YY NNNNNN`: birth-registration province, a
 * century/sex digit, the last two digits of the birth year, six serial digits. There is no check digit.
 */
export type PersonalId = string & { readonly __brand: 'PersonalId' };

export type PersonalIdSex = 'male' | 'female';

export interface PersonalIdExplanation {
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly sex: PersonalIdSex;
  readonly birthYear: number;
  /** First year of the birth century: 1900 for 1900–1999, 2000 for 2000–2099. */
  readonly century: number;
  /** The six serial digits (`NNNNNN`), as a string to keep leading zeros. */
  readonly serial: string;
}

export type PersonalIdValidation =
  | { readonly ok: true; readonly value: PersonalId }
  | { readonly ok: false; readonly rule: PersonalIdRule; readonly message: string };

export interface PersonalIdOptions {
  /** When given, a birth year after it fails `birth-year-in-future`. */
  readonly referenceYear?: number;
}

/**
 * Century/sex digits accepted: 0/1 (1900s) and 2/3 (2000s). Digits 4–9 are well defined by the circular (2100s
 * and later) but nobody can hold one yet, so they are rejected as `century` — more often a typo than a real ID.
 */
export const ACCEPTED_CENTURY_DIGITS: readonly number[] = [0, 1, 2, 3];

export const PERSONAL_ID_LENGTH = 12;

const DIGITS = /^[0-9]+$/;

function fail(rule: PersonalIdRule, message: string): PersonalIdValidation {
  return { ok: false, rule, message: `${message} (rule: ${rule})` };
}

export function validatePersonalId(value: string, options: PersonalIdOptions = {}): PersonalIdValidation {
  if (value.length !== PERSONAL_ID_LENGTH) {
    return fail('length', `personal ID number must have 12 characters, got ${value.length}`);
  }
  if (!DIGITS.test(value)) return fail('digits', 'personal ID number must contain only the digits 0-9');
  const provinceCode = value.slice(0, 3);
  if (!provinceByCode(provinceCode)) {
    return fail('province', `prefix ${provinceCode} is not a province code of Thông tư 07/2016/TT-BCA`);
  }
  const centuryDigit = Number(value[3]);
  if (!ACCEPTED_CENTURY_DIGITS.includes(centuryDigit)) {
    return fail('century', `century/sex digit ${centuryDigit} gives a birth year outside 1900-2099`);
  }
  const { referenceYear } = options;
  if (referenceYear !== undefined) {
    const birthYear = birthYearOf(value);
    if (birthYear > referenceYear) {
      return fail(
        'birth-year-in-future',
        `birth year ${birthYear} is after the reference year ${referenceYear}`,
      );
    }
  }
  return { ok: true, value: value as PersonalId };
}

/** The branded value, or a PersonalIdError whose `rule` names the first rule that failed. */
export function parsePersonalId(value: string, options: PersonalIdOptions = {}): PersonalId {
  const result = validatePersonalId(value, options);
  if (!result.ok) throw new PersonalIdError(result.rule, result.message);
  return result.value;
}

export function isPersonalId(value: string, options: PersonalIdOptions = {}): value is PersonalId {
  return validatePersonalId(value, options).ok;
}

/** What the digits say about their holder. Throws PersonalIdError for a malformed number. */
export function explainPersonalId(value: string): PersonalIdExplanation {
  const id = parsePersonalId(value);
  const centuryDigit = Number(id[3]);
  const province = provinceByCode(id.slice(0, 3));
  return {
    provinceCode: id.slice(0, 3),
    provinceName: province?.name ?? '',
    sex: centuryDigit % 2 === 0 ? 'male' : 'female',
    birthYear: birthYearOf(id),
    century: centuryOf(centuryDigit),
    serial: id.slice(6),
  };
}

function centuryOf(centuryDigit: number): number {
  return 1900 + Math.floor(centuryDigit / 2) * 100;
}

function birthYearOf(digits: string): number {
  return centuryOf(Number(digits[3])) + Number(digits.slice(4, 6));
}
