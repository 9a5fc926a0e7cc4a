import fc from 'fast-check';
import { FeistelPermutation } from './feistel-permutation';
import { PersonalIdAllocator, SerialAllocator } from './number-allocators';

describe('FeistelPermutation', () => {
  it('is a bijection of its domain', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3000 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (domain, key) => {
          const permutation = new FeistelPermutation(domain, key);
          const seen = new Set<number>();
          for (let i = 0; i < domain; i += 1) {
            const value = permutation.permute(i);
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThan(domain);
            seen.add(value);
          }
          expect(seen.size).toBe(domain);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('scrambles: consecutive counters do not give consecutive serials', () => {
    const permutation = new FeistelPermutation(1_000_000, 42);
    const first = Array.from({ length: 10 }, (_, i) => permutation.permute(i));
    expect(first.filter((value, i) => i > 0 && Math.abs(value - first[i - 1]) === 1)).toEqual([]);
    expect(new FeistelPermutation(1_000_000, 43).permute(0)).not.toBe(first[0]);
  });
});

describe('number allocators', () => {
  it('hands out unique personal ID numbers with the right prefix', () => {
    const ids = new PersonalIdAllocator(7);
    const issued = Array.from({ length: 20_000 }, () => ids.next('038', 'female', 2001));
    expect(new Set(issued).size).toBe(20_000);
    expect(issued.every((id) => id.startsWith('038301'))).toBe(true);
    expect(new PersonalIdAllocator(7).next('038', 'female', 2001)).toBe(issued[0]);
  });

  it('hands out unique fixed-width serials', () => {
    const serials = new SerialAllocator('38', 8, 1, 'sin');
    const values = Array.from({ length: 10_000 }, () => serials.next());
    expect(new Set(values).size).toBe(10_000);
    expect(values.every((v) => /^38[0-9]{8}$/.test(v))).toBe(true);
  });
});
