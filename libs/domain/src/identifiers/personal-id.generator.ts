import type { SeededRandom } from '../random';
import { IdentifierInputError } from './identifier.errors';
import { parsePersonalId, type PersonalId, type PersonalIdSex } from './personal-id.parser';
import { isProvinceCode } from './provinces';

export interface PersonalIdSpec {
  /** Three-digit province code (`038`). */
  readonly provinceCode: string;
  readonly sex: PersonalIdSex;
  /** 1900–2099. */
  readonly birthYear: number;
  /** 0–999999; the caller guarantees uniqueness within (province, sex, birth year). */
  readonly serial: number;
}

export const MAX_PERSONAL_ID_SERIAL = 999_999;

/** Builds the ID number for the given facts. Throws IdentifierInputError on impossible input. */
export function generatePersonalId(spec: PersonalIdSpec): PersonalId {
  const { provinceCode, sex, birthYear, serial } = spec;
  if (!isProvinceCode(provinceCode)) {
    throw new IdentifierInputError('provinceCode', 'not one of the 63 three-digit province codes');
  }
  if (sex !== 'male' && sex !== 'female') throw new IdentifierInputError('sex', "must be 'male' or 'female'");
  if (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > 2099) {
    throw new IdentifierInputError('birthYear', `must be an integer in 1900-2099, got ${birthYear}`);
  }
  if (!Number.isInteger(serial) || serial < 0 || serial > MAX_PERSONAL_ID_SERIAL) {
    throw new IdentifierInputError('serial', `must be an integer in 0-999999, got ${serial}`);
  }
  const centuryDigit = Math.floor((birthYear - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
  const digits = `${provinceCode}${centuryDigit}${String(birthYear % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
  return parsePersonalId(digits);
}

/** A random serial for the given facts; uniqueness is still the caller's business. */
export function randomPersonalId(random: SeededRandom, spec: Omit<PersonalIdSpec, 'serial'>): PersonalId {
  return generatePersonalId({ ...spec, serial: random.int(0, MAX_PERSONAL_ID_SERIAL) });
}
