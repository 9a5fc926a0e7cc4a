import { PROVINCES } from '../identifiers';
import {
  communeByCode,
  communesOf,
  communesOfProvince,
  districtByCode,
  districtsOf,
  PROVINCES_WITH_REAL_DISTRICTS,
  shortName,
} from './index';

describe('administrative units', () => {
  it('lists the 27 real district-level units of Thanh Hóa with their GSO codes', () => {
    const districts = districtsOf('038');
    expect(districts).toHaveLength(27);
    expect(districts.every((d) => !d.synthetic && d.provinceCode === '038')).toBe(true);
    expect(districts.map((d) => Number(d.code)).every((code) => code >= 380 && code <= 407)).toBe(true);
    expect(districtByCode('399')?.name).toBe('Huyện Hoằng Hóa');
    expect(districtByCode('407')).toMatchObject({ name: 'Thị xã Nghi Sơn', kind: 'thị xã' });
    expect(districts.filter((d) => d.upland)).toHaveLength(11);
  });

  it('lists the real units of Nghệ An (21) and Bắc Giang (10)', () => {
    expect(districtsOf('040').map((d) => d.code)).toEqual(
      Array.from({ length: 21 }, (_, i) => String(412 + i)),
    );
    expect(districtByCode('412')?.name).toBe('Thành phố Vinh');
    expect(districtsOf('024')).toHaveLength(10);
    expect(districtByCode('220')?.name).toBe('Huyện Sơn Động');
    expect(PROVINCES_WITH_REAL_DISTRICTS).toEqual(['024', '038', '040']);
  });

  it('gives every other province a small labelled synthetic list with unique codes', () => {
    const all = PROVINCES.flatMap((p) => districtsOf(p.code));
    expect(new Set(all.map((d) => d.code)).size).toBe(all.length);
    expect(all.every((d) => /^[0-9]{3}$/.test(d.code))).toBe(true);
    const hanoi = districtsOf('001');
    expect(hanoi).toHaveLength(4);
    expect(hanoi.every((d) => d.synthetic && d.name.endsWith('(synthetic)'))).toBe(true);
    expect(hanoi[0].kind).toBe('quận');
    expect(districtsOf('042')[0].name).toBe('Thành phố Hà Tĩnh (synthetic)');
  });

  it('makes Thanh Hóa add up to its 559 communes, each labelled synthetic with a 5-digit code', () => {
    const communes = communesOfProvince('038');
    expect(communes).toHaveLength(559);
    expect(new Set(communes.map((c) => c.code)).size).toBe(559);
    for (const commune of communes) {
      expect(commune.code).toMatch(/^[0-9]{5}$/);
      expect(commune.code.startsWith(commune.districtCode)).toBe(true);
      expect(commune.synthetic).toBe(true);
      expect(commune.name).toMatch(/^(Phường|Thị trấn|Xã) .+ \(synthetic\)$/);
      expect(commune.name).toBe(commune.name.normalize('NFC'));
    }
  });

  it('gives unscaled districts 15-30 communes and rural ones a township first', () => {
    for (const district of districtsOf('040')) {
      const communes = communesOf(district.code);
      expect(communes.length).toBeGreaterThanOrEqual(15);
      expect(communes.length).toBeLessThanOrEqual(30);
      expect(new Set(communes.map((c) => c.name)).size).toBe(communes.length);
      if (district.kind === 'huyện') expect(communes[0].kind).toBe('thị trấn');
      else expect(communes[0].kind).toBe('phường');
    }
  });

  it("names communes after the district's stem where it has one (Hoằng Hóa → Xã Hoằng …)", () => {
    const communes = communesOf('399').filter((c) => c.kind === 'xã');
    const stemmed = communes.filter((c) => c.name.startsWith('Xã Hoằng ')).length;
    expect(stemmed / communes.length).toBeGreaterThan(0.5);
  });

  it('finds communes by code and answers nothing for unknown codes', () => {
    const commune = communesOf('399')[3];
    expect(communeByCode(commune.code)).toBe(commune);
    expect(communeByCode('99999')).toBeUndefined();
    expect(districtByCode('999')).toBeUndefined();
    expect(districtsOf('999')).toEqual([]);
    expect(communesOf('999')).toEqual([]);
  });

  it('strips kinds and labels in short names', () => {
    expect(shortName(districtByCode('399')!)).toBe('Hoằng Hóa');
    expect(shortName({ ...communesOf('399')[0], name: 'Thị trấn Bút Sơn (synthetic)' })).toBe('Bút Sơn');
  });
});
