import type { SeededRandom } from '@d06/domain';
import type { EidProfile, IdCardRecord } from '../records.types';
import type { Livelihood } from './livelihood';

/**
 * Whether a person has a personal tax code: nearly every employee, most of the self-employed, some students and
 * pensioners, and children registered as dependants (Thanh Hóa's tax register held 2 262 033 codes for 3.6 M
 * people). From 1 July 2025 the personal ID number serves as the tax code; this models the 10-digit codes before.
 */
export function hasTaxCode(random: SeededRandom, age: number, livelihood: Livelihood): boolean {
  if (age < 18) return random.chance(0.25);
  switch (livelihood.occupation) {
    case 'enterprise':
    case 'public':
      return random.chance(0.98);
    case 'other':
      return random.chance(age < 60 ? 0.88 : 0.4);
    case 'student':
      return random.chance(0.5);
    default:
      return random.chance(livelihood.pensioner ? 0.45 : 0.3);
  }
}

/** Share of people with their own mobile phone, by age. */
function phoneChance(age: number): number {
  if (age < 14) return 0;
  if (age < 18) return 0.7;
  if (age < 60) return 0.96;
  if (age < 75) return 0.75;
  return 0.4;
}

/**
 * VNeID eligibility: from 14, with a phone; level 2 needs a chip card that is still valid (enrolled in person),
 * level 1 only the phone. (Children under 14 get accounts through a parent's from July 2024; not modelled.)
 */
export function drawEid(
  random: SeededRandom,
  age: number,
  idCard: IdCardRecord | null,
  nextPhone: () => string,
): EidProfile {
  if (!random.chance(phoneChance(age))) return { phoneNumber: null, eligibleLevel: 0 };
  const level = idCard?.chip && idCard.status === 'valid' ? 2 : 1;
  return { phoneNumber: nextPhone(), eligibleLevel: level };
}
