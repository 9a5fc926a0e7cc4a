import { SeededRandom } from '../random';
import {
  birthplaceProvince,
  ETHNIC_GROUPS,
  ethnicMixOf,
  FAMILY_NAME_FREQUENCIES,
  GIVEN_NAMES,
  minorityShareOf,
  nameGenerator,
  outsideBirthplace,
  removeDiacritics,
  WeightedTable,
} from './index';
import { isProvinceCode } from '../identifiers';

describe('people', () => {
  it('has the 54 ethnic groups, Kinh at about 85% nationally', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(new Set(ETHNIC_GROUPS.map((g) => g.name)).size).toBe(54);
    expect(ETHNIC_GROUPS[0]).toMatchObject({ name: 'Kinh' });
    expect(ETHNIC_GROUPS[0].nationalShare).toBeCloseTo(0.853, 2);
    expect(ETHNIC_GROUPS.reduce((sum, g) => sum + g.nationalShare, 0)).toBeCloseTo(1, 9);
  });

  it('gives the modelled provinces their own mix (Thanh Hóa: Kinh, Mường, Thái …)', () => {
    const mix = ethnicMixOf('038').map((item) => item.value);
    expect(mix.slice(0, 3)).toEqual(['Kinh', 'Mường', 'Thái']);
    expect(minorityShareOf('038')).toBeCloseTo(0.184, 2);
    expect(ethnicMixOf('024').map((item) => item.value)).toContain('Nùng');
    expect(ethnicMixOf('001')).toHaveLength(54); // national mix elsewhere
  });

  it('draws family names at their frequencies: Nguyễn ≈ 38%', () => {
    const random = new SeededRandom(7);
    const names = nameGenerator(random);
    const n = 100_000;
    let nguyen = 0;
    for (let i = 0; i < n; i += 1) if (names.familyName() === 'Nguyễn') nguyen += 1;
    const total = FAMILY_NAME_FREQUENCIES.reduce((sum, [, percent]) => sum + percent, 0);
    expect(nguyen / n).toBeGreaterThan(38.4 / total - 0.01);
    expect(nguyen / n).toBeLessThan(38.4 / total + 0.01);
  });

  it('builds names by sex and generation, same seed same names', () => {
    const draw = (seed: number) => {
      const names = nameGenerator(new SeededRandom(seed), '038');
      return Array.from({ length: 50 }, (_, i) =>
        names.name({ sex: i % 2 === 0 ? 'male' : 'female', birthYear: 1940 + i }),
      );
    };
    const first = draw(3);
    expect(draw(3)).toEqual(first);
    expect(draw(4)).not.toEqual(first);
    first.forEach((name, i) => {
      const sex = i % 2 === 0 ? 'male' : 'female';
      expect(name.full).toBe(`${name.family} ${name.middle} ${name.given}`);
      expect(name.full).toBe(name.full.normalize('NFC'));
      expect(GIVEN_NAMES[sex]).toContain(name.given);
      expect(name.middle).not.toBe(sex === 'male' ? 'Thị' : 'Văn');
    });
  });

  it('keeps an inherited family name and follows ethnic conventions (Mông men: middle name A)', () => {
    const names = nameGenerator(new SeededRandom(1));
    expect(names.name({ sex: 'female', birthYear: 2010, family: 'Trịnh' }).family).toBe('Trịnh');
    const mong = names.name({ sex: 'male', birthYear: 1990, ethnicity: 'Mông' });
    expect(mong.middle).toBe('A');
    expect(['Giàng', 'Vàng', 'Sùng', 'Thào', 'Hờ', 'Lầu', 'Lý', 'Mùa', 'Vừ', 'Hạng', 'Và', 'Cứ']).toContain(
      mong.family,
    );
  });

  it('makes most residents born in their province, the others in real provinces elsewhere', () => {
    const random = new SeededRandom(11);
    const n = 20_000;
    let local = 0;
    for (let i = 0; i < n; i += 1) if (birthplaceProvince(random, '038') === '038') local += 1;
    expect(local / n).toBeGreaterThan(0.92);
    expect(local / n).toBeLessThan(0.94);
    for (let i = 0; i < 1000; i += 1) {
      const outside = outsideBirthplace(random, '038');
      expect(outside).not.toBe('038');
      expect(isProvinceCode(outside)).toBe(true);
      const elsewhere = outsideBirthplace(random, '096');
      expect(elsewhere).not.toBe('096');
      expect(isProvinceCode(elsewhere)).toBe(true);
    }
  });

  it('removes diacritics the way legacy databases store names', () => {
    expect(removeDiacritics('Nguyễn Văn Đức')).toBe('Nguyen Van Duc');
    expect(removeDiacritics('Trịnh Thị Thủy')).toBe('Trinh Thi Thuy');
  });

  it('picks from a weighted table in proportion', () => {
    const table = new WeightedTable([
      { value: 'a', weight: 1 },
      { value: 'b', weight: 3 },
      { value: 'zero', weight: 0 },
    ]);
    const random = new SeededRandom(5);
    let b = 0;
    for (let i = 0; i < 40_000; i += 1) {
      const value = table.pick(random);
      expect(value).not.toBe('zero');
      if (value === 'b') b += 1;
    }
    expect(b / 40_000).toBeCloseTo(0.75, 1);
    expect(table.shareOf('a')).toBeCloseTo(0.25, 9);
    expect(() => new WeightedTable([])).toThrow();
  });
});
