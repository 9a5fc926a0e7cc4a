import type { SeededRandom } from '@d06/domain';
import type { Sex } from '../records.types';

export type Occupation = 'pupil' | 'student' | 'enterprise' | 'public' | 'other' | 'none';

/** What a person lives on, as the insurance and tax models need it. */
export interface Livelihood {
  readonly pensioner: boolean;
  readonly occupation: Occupation;
}

/** Pension ages of 2023 rounded up (men 60 y 9 m, women 55 y 8 m), and the share of the old drawing a pension. */
const PENSION_AGE: Record<Sex, number> = { male: 61, female: 56 };
const PENSION_SHARE: Record<Sex, number> = { male: 0.28, female: 0.18 };

/**
 * Pupils 6–17; students among 18–22; enterprise employees (≈ 24%) and public servants (≈ 6%) among the working
 * ages, the rest farming, self-employed or without work; pensioners among the old.
 */
export function drawLivelihood(random: SeededRandom, sex: Sex, age: number): Livelihood {
  const pensioner = age >= PENSION_AGE[sex] && random.chance(PENSION_SHARE[sex]);
  if (age < 6) return { pensioner, occupation: 'none' };
  if (age < 18) return { pensioner, occupation: random.chance(0.95) ? 'pupil' : 'none' };
  if (age <= 22 && random.chance(0.35)) return { pensioner, occupation: 'student' };
  if (age < PENSION_AGE[sex]) {
    const point = random.next();
    const occupation: Occupation =
      point < 0.24 ? 'enterprise' : point < 0.3 ? 'public' : point < 0.9 ? 'other' : 'none';
    return { pensioner, occupation };
  }
  return { pensioner, occupation: pensioner ? 'none' : random.chance(0.3) ? 'other' : 'none' };
}
