import type { BeneficiaryGroup } from '../common/domain-types';

/** [in force from, amount in VND, legal instrument], newest first. */
type Rate = readonly [from: string, amountVnd: number, instrument: string];

/** Mức chuẩn trợ giúp xã hội (the social-assistance standard). */
const ASSISTANCE_STANDARD: readonly Rate[] = [
  ['2024-07-01', 500_000, 'NĐ 76/2024'],
  ['2021-07-01', 360_000, 'NĐ 20/2021'],
  ['0000-01-01', 270_000, 'NĐ 136/2013'],
];

/** Mức lương cơ sở (the base salary). */
const BASE_SALARY: readonly Rate[] = [
  ['2024-07-01', 2_340_000, 'NĐ 73/2024'],
  ['2023-07-01', 1_800_000, 'NĐ 24/2023'],
  ['2019-07-01', 1_490_000, 'NĐ 38/2019'],
  ['2018-07-01', 1_390_000, 'NĐ 72/2018'],
  ['0000-01-01', 1_300_000, 'NĐ 47/2017'],
];

export interface FuneralAmount {
  amountVnd: number;
  basis: string;
}

/**
 * The funeral allowance (mai táng phí) the law grants for a death on `dateOfDeath`:
 * - social assistance: 20 × the social-assistance standard (NĐ 20/2021 Điều 11; before it NĐ 136/2013), so
 *   7 200 000 đ for a death from 1 July 2021 and 10 000 000 đ from 1 July 2024;
 * - meritorious people: 10 × the base salary, as under the social-insurance law (Pháp lệnh ưu đãi người có công
 *   2020), so 18 000 000 đ from 1 July 2023 and 23 400 000 đ from 1 July 2024.
 */
export function funeralAmount(group: BeneficiaryGroup, dateOfDeath: string): FuneralAmount {
  if (group === 'social-assistance') {
    const [, standard, instrument] = inForce(ASSISTANCE_STANDARD, dateOfDeath);
    return {
      amountVnd: 20 * standard,
      basis: `20 × ${standard} (NĐ 20/2021 Điều 11; standard of ${instrument})`,
    };
  }
  const [, salary, instrument] = inForce(BASE_SALARY, dateOfDeath);
  return {
    amountVnd: 10 * salary,
    basis: `10 × ${salary} (base salary of ${instrument}; PL ưu đãi NCC 2020)`,
  };
}

function inForce(rates: readonly Rate[], date: string): Rate {
  return rates.find(([from]) => date >= from)!;
}
