/**
 * Base salary (lương cơ sở) by the day it took effect: NĐ 72/2018, NĐ 38/2019, NĐ 24/2023, NĐ 73/2024. The
 * household premium is a share of it.
 */
export const BASE_SALARIES: readonly { readonly from: string; readonly vnd: number }[] = [
  { from: '2018-07-01', vnd: 1_390_000 },
  { from: '2019-07-01', vnd: 1_490_000 },
  { from: '2023-07-01', vnd: 1_800_000 },
  { from: '2024-07-01', vnd: 2_340_000 },
];

/** 4.5% of the base salary a month for the first member (Luật BHYT, NĐ 146/2018 art. 7). */
const FIRST_MEMBER_PER_MILLE = 45;
/**
 * The household deduction (giảm trừ mức đóng): the 2nd, 3rd and 4th members pay 70%, 60% and 50% of the first
 * member's premium, the 5th and later 40%.
 */
const MEMBER_SHARES_PERCENT = [100, 70, 60, 50, 40] as const;

export interface HouseholdPremium {
  readonly baseSalaryVnd: number;
  /** Each member's premium for the period, in the order they were given. */
  readonly members: readonly number[];
  readonly totalVnd: number;
}

/** The base salary in force on a day (`YYYY-MM-DD`); the earliest for days before the table. */
export function baseSalaryOn(day: string): number {
  let salary = BASE_SALARIES[0].vnd;
  for (const { from, vnd } of BASE_SALARIES) if (from <= day) salary = vnd;
  return salary;
}

/** The premium of a household of `memberCount` renewing for `months`, in whole đồng. */
export function householdPremium(memberCount: number, months: number, day: string): HouseholdPremium {
  const baseSalaryVnd = baseSalaryOn(day);
  const firstMonthly = (baseSalaryVnd * FIRST_MEMBER_PER_MILLE) / 1000;
  const members = Array.from({ length: memberCount }, (_, i) => {
    const share = MEMBER_SHARES_PERCENT[Math.min(i, MEMBER_SHARES_PERCENT.length - 1)];
    return Math.round((firstMonthly * share * months) / 100);
  });
  return { baseSalaryVnd, members, totalVnd: members.reduce((sum, premium) => sum + premium, 0) };
}
