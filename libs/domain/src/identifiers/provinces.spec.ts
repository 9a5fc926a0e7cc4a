import { PROVINCES, isProvinceCode, provinceByBhytCode, provinceByCode } from './provinces';

describe('PROVINCES', () => {
  it('holds the 63 distinct three-digit codes, from 001 Hà Nội to 096 Cà Mau', () => {
    expect(PROVINCES).toHaveLength(63);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(63);
    expect(PROVINCES.every((p) => /^0[0-9]{2}$/.test(p.code))).toBe(true);
    expect(PROVINCES[0]).toMatchObject({ code: '001', name: 'Hà Nội' });
    expect(PROVINCES[62]).toMatchObject({ code: '096', name: 'Cà Mau' });
  });

  it('names the provinces the reference documents use, with diacritics', () => {
    expect(provinceByCode('002')?.name).toBe('Hà Giang');
    expect(provinceByCode('004')?.name).toBe('Cao Bằng');
    expect(provinceByCode('024')?.name).toBe('Bắc Giang');
    expect(provinceByCode('038')?.name).toBe('Thanh Hóa');
    expect(provinceByCode('040')?.name).toBe('Nghệ An');
    expect(provinceByCode('079')?.name).toBe('TP Hồ Chí Minh');
  });

  it('has no code for the gaps in the GSO numbering', () => {
    for (const code of ['000', '003', '005', '039', '078', '097', '38', '0380'])
      expect(isProvinceCode(code)).toBe(false);
    expect(provinceByCode('003')).toBeUndefined();
  });

  it('marks the five centrally governed cities', () => {
    expect(PROVINCES.filter((p) => p.isMunicipality).map((p) => p.name)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Đà Nẵng',
      'TP Hồ Chí Minh',
      'Cần Thơ',
    ]);
  });

  it('labels every BHYT province code as synthetic: the last two digits of the ID prefix', () => {
    expect(PROVINCES.every((p) => p.bhytCodeIsSynthetic && p.bhytCode === p.code.slice(1))).toBe(true);
    expect(provinceByBhytCode('38')?.name).toBe('Thanh Hóa');
    expect(provinceByBhytCode('03')).toBeUndefined();
  });
});
