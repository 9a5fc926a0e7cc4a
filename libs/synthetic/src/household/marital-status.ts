import type { SeededRandom } from '@d06/domain';
import type { MaritalStatus, Sex } from '../records.types';

type Mix = readonly [single: number, married: number, divorced: number, widowed: number];

/**
 * Marital status of an adult whose spouse is not in the household (a spouse working away counts as married):
 * young people are mostly single, the old mostly widowed — women far more than men.
 */
function mixFor(sex: Sex, age: number): Mix {
  if (age < 25) return [0.93, 0.06, 0.01, 0];
  if (age < 35) return [0.6, 0.3, 0.07, 0.03];
  if (age < 55) return sex === 'male' ? [0.3, 0.45, 0.15, 0.1] : [0.2, 0.35, 0.15, 0.3];
  if (age < 70) return sex === 'male' ? [0.05, 0.4, 0.1, 0.45] : [0.04, 0.2, 0.08, 0.68];
  return sex === 'male' ? [0.02, 0.25, 0.03, 0.7] : [0.02, 0.08, 0.02, 0.88];
}

const STATUSES: readonly MaritalStatus[] = ['single', 'married', 'divorced', 'widowed'];

/** Legal marriage ages: 20 for men, 18 for women (Luật Hôn nhân và gia đình 2014). */
export const MARRIAGE_AGE: Readonly<Record<Sex, number>> = { male: 20, female: 18 };

export function maritalStatusOf(
  random: SeededRandom,
  sex: Sex,
  age: number,
  spouseInHousehold: boolean,
): MaritalStatus {
  if (spouseInHousehold) return 'married';
  if (age < MARRIAGE_AGE[sex]) return 'single';
  const mix = mixFor(sex, age);
  let point = random.next();
  for (let i = 0; i < mix.length; i += 1) {
    point -= mix[i];
    if (point < 0) return STATUSES[i];
  }
  return 'single';
}
