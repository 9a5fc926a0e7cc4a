import type { SeededRandom } from '@d06/domain';
import type { Poverty, SocialSecurityGroup } from '../records.types';
import { dayOfParts } from '../util/dates';

export interface SocialSecurityFacts {
  readonly age: number;
  readonly pensioner: boolean;
  readonly poverty: Poverty;
}

export interface SocialSecurityBenefit {
  readonly group: SocialSecurityGroup;
  readonly category: string;
  readonly monthlyAmountVnd: number;
  readonly hasBankAccount: boolean;
}

/** Standard amounts in force at a date: [from, social-assistance standard, meritorious standard] in VND. */
const STANDARDS: readonly (readonly [from: number, assistance: number, meritorious: number])[] = [
  [dayOfParts(2024, 7, 1), 500_000, 2_789_000], // NĐ 76/2024, NĐ 77/2024
  [dayOfParts(2023, 7, 1), 360_000, 2_055_000], // NĐ 20/2021, NĐ 55/2023
  [dayOfParts(2021, 7, 1), 360_000, 1_624_000], // NĐ 20/2021, NĐ 75/2021
  [Number.NEGATIVE_INFINITY, 270_000, 1_624_000], // NĐ 136/2013
];

function standardsAt(day: number): readonly [number, number, number] {
  return STANDARDS.find(([from]) => day >= from)!;
}

/** Meritorious categories with their share and the range of the coefficient on the standard. */
const MERITORIOUS = [
  { category: 'martyr-relative', weight: 40, coefficients: [1] },
  { category: 'war-invalid', weight: 30, coefficients: [0.6, 1, 1.5, 2, 2.5] },
  { category: 'agent-orange', weight: 15, coefficients: [0.5, 1, 1.5] },
  { category: 'resistance', weight: 15, coefficients: [0.5, 1] },
] as const;

/**
 * Who receives a monthly social-security payment: meritorious people (người có công, mostly old: ≈ 1.8% of the
 * population, as in Thanh Hóa's 66 829) and social-assistance beneficiaries (bảo trợ xã hội: everyone 80+
 * without a pension, poor old people, the disabled, orphans). Amounts are the standard of the date times the
 * coefficient of NĐ 20/2021 (assistance) or a typical one (meritorious). Bank accounts are rarer with age.
 */
export function drawSocialSecurity(
  random: SeededRandom,
  facts: SocialSecurityFacts,
  referenceDay: number,
): SocialSecurityBenefit | null {
  const [, assistance, meritorious] = standardsAt(referenceDay);
  const { age } = facts;
  const meritoriousChance = age >= 60 ? 0.12 : age >= 45 ? 0.016 : 0.002;
  if (random.chance(meritoriousChance)) {
    const type =
      MERITORIOUS[
        pickIndex(
          random,
          MERITORIOUS.map((m) => m.weight),
        )
      ];
    const coefficient = random.pick(type.coefficients);
    return benefit(random, 'meritorious', type.category, meritorious * coefficient, age);
  }
  const child = age < 16;
  const old = age >= 60;
  if (age >= 80 && !facts.pensioner && random.chance(0.95)) {
    return benefit(
      random,
      'social-assistance',
      'elderly-80',
      assistance * (facts.poverty === 'poor' ? 2 : 1),
      age,
    );
  }
  if (old && age < 80 && facts.poverty === 'poor' && random.chance(0.5)) {
    return benefit(random, 'social-assistance', 'elderly-poor', assistance * 1.5, age);
  }
  if (random.chance(child ? 0.03 : old ? 0.075 : 0.036)) {
    const severe = random.chance(0.35);
    const coefficient = (severe ? 2 : 1.5) + (child || old ? 0.5 : 0);
    return benefit(random, 'social-assistance', 'disability', assistance * coefficient, age);
  }
  if (child && random.chance(0.002)) {
    return benefit(random, 'social-assistance', 'orphan', assistance * (age < 4 ? 2.5 : 1.5), age);
  }
  return null;
}

function benefit(
  random: SeededRandom,
  group: SocialSecurityGroup,
  category: string,
  amount: number,
  age: number,
): SocialSecurityBenefit {
  const accountChance = age < 18 ? 0.1 : age < 60 ? 0.75 : age < 80 ? 0.35 : 0.12;
  return {
    group,
    category,
    monthlyAmountVnd: Math.round(amount / 1000) * 1000,
    hasBankAccount: random.chance(accountChance),
  };
}

function pickIndex(random: SeededRandom, weights: readonly number[]): number {
  let point = random.next() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < weights.length; i += 1) {
    point -= weights[i];
    if (point < 0) return i;
  }
  return weights.length - 1;
}
