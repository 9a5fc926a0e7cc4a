import { generatePersonalId, MAX_PERSONAL_ID_SERIAL } from '@d06/domain';
import type { Sex } from '../population/age-pyramid';
import { FeistelPermutation, hashString } from './feistel-permutation';

/**
 * Personal ID numbers: one counter per (birth province, century/sex digit, birth year) — the first six digits —
 * passed through a permutation keyed on the seed and that prefix, so the six serial digits look random but are
 * unique by construction.
 */
export class PersonalIdAllocator {
  private readonly prefixes = new Map<number, { counter: number; permutation: FeistelPermutation }>();

  constructor(private readonly seed: number) {}

  next(provinceCode: string, sex: Sex, birthYear: number): string {
    const key = (Number(provinceCode) * 2 + (sex === 'male' ? 0 : 1)) * 10_000 + birthYear;
    let prefix = this.prefixes.get(key);
    if (!prefix) {
      const name = `${provinceCode}${sex === 'male' ? 0 : 1}${birthYear}`;
      prefix = {
        counter: 0,
        permutation: new FeistelPermutation(MAX_PERSONAL_ID_SERIAL + 1, hashString(name, this.seed)),
      };
      this.prefixes.set(key, prefix);
    }
    if (prefix.counter > MAX_PERSONAL_ID_SERIAL) {
      throw new Error(`more than a million people born in ${birthYear} with the same province and sex`);
    }
    const serial = prefix.permutation.permute(prefix.counter);
    prefix.counter += 1;
    return generatePersonalId({ provinceCode, sex, birthYear, serial });
  }
}

/**
 * Unique random-looking digit strings: `prefix` + `digits` digits from a permuted counter. The permuted range is
 * the largest even power of two within 10^digits (2^26 for eight digits), so the permutation never has to walk a
 * cycle: 67 million eight-digit serials are plenty for a province.
 */
export class SerialAllocator {
  private readonly permutation: FeistelPermutation;
  private counter = 0;

  constructor(
    private readonly prefix: string,
    private readonly digits: number,
    seed: number,
    salt: string,
  ) {
    let bits = Math.floor(Math.log2(10 ** digits));
    if (bits % 2 === 1) bits -= 1;
    this.permutation = new FeistelPermutation(2 ** bits, hashString(salt, seed));
  }

  next(): string {
    if (this.counter >= this.permutation.domain) throw new Error(`${this.prefix}… serials exhausted`);
    const value = this.permutation.permute(this.counter);
    this.counter += 1;
    return this.prefix + String(value).padStart(this.digits, '0');
  }
}

/** Mobile prefixes in use by Vietnamese carriers (10-digit numbers since 2018). */
const MOBILE_PREFIXES = [
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '056',
  '058',
  '059',
  '070',
  '076',
  '077',
  '078',
  '079',
  '081',
  '082',
  '083',
  '084',
  '085',
  '086',
  '088',
  '089',
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
] as const;

/**
 * Unique 10-digit mobile numbers: a carrier prefix and seven permuted digits, over 2^28 numbers (the first 27
 * prefixes) so the permutation never walks a cycle.
 */
export class PhoneAllocator {
  private readonly permutation: FeistelPermutation;
  private counter = 0;

  constructor(seed: number) {
    this.permutation = new FeistelPermutation(2 ** 28, hashString('phone', seed));
  }

  next(): string {
    const value = this.permutation.permute(this.counter);
    this.counter += 1;
    const prefix = MOBILE_PREFIXES[Math.floor(value / 10_000_000)];
    return prefix + String(value % 10_000_000).padStart(7, '0');
  }
}
