import { funeralAmount } from './funeral-amount';

describe('funeralAmount', () => {
  it('grants social assistance 20 times the standard in force on the date of death', () => {
    expect(funeralAmount('social-assistance', '2021-06-30').amountVnd).toBe(5_400_000);
    expect(funeralAmount('social-assistance', '2021-07-01').amountVnd).toBe(7_200_000);
    expect(funeralAmount('social-assistance', '2024-06-30').amountVnd).toBe(7_200_000);
    expect(funeralAmount('social-assistance', '2024-07-01')).toEqual({
      amountVnd: 10_000_000,
      basis: '20 × 500000 (NĐ 20/2021 Điều 11; standard of NĐ 76/2024)',
    });
  });

  it('grants meritorious people 10 times the base salary in force on the date of death', () => {
    expect(funeralAmount('meritorious', '2023-06-30').amountVnd).toBe(14_900_000);
    expect(funeralAmount('meritorious', '2023-07-01').amountVnd).toBe(18_000_000);
    expect(funeralAmount('meritorious', '2024-09-05').amountVnd).toBe(23_400_000);
  });
});
