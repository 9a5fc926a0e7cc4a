import { baseSalaryOn, householdPremium } from './household-premium';

describe('household premium', () => {
  it('uses the base salary in force on the day', () => {
    expect(baseSalaryOn('2023-06-30')).toBe(1_490_000);
    expect(baseSalaryOn('2023-07-01')).toBe(1_800_000);
    expect(baseSalaryOn('2024-07-01')).toBe(2_340_000);
    expect(baseSalaryOn('2010-01-01')).toBe(1_390_000);
  });

  it('charges 4.5% of it a month for the first member and 70/60/50/40% of that for the next', () => {
    const premium = householdPremium(6, 1, '2023-09-15');
    expect(premium.members).toEqual([81_000, 56_700, 48_600, 40_500, 32_400, 32_400]);
    expect(premium.totalVnd).toBe(291_600);
    expect(premium.baseSalaryVnd).toBe(1_800_000);
  });

  it('multiplies by the months paid for', () => {
    expect(householdPremium(3, 12, '2023-09-15').totalVnd).toBe(2_235_600);
    expect(householdPremium(1, 6, '2024-09-01').members).toEqual([631_800]);
  });
});
