import { communesOfProvince, districtsOf } from '@d06/domain';
import { syntheticFacilities } from './synthetic-facilities';

describe('syntheticFacilities', () => {
  const thanhHoa = syntheticFacilities('038', 42, 1);

  it('gives Thanh Hóa a hospital network of the reported size, all accepting the chip ID card', () => {
    expect(thanhHoa).toHaveLength(10 + districtsOf('038').length * 4 + communesOfProvince('038').length);
    expect(thanhHoa).toHaveLength(677);
    expect(thanhHoa.every((f) => f.acceptsIdCard)).toBe(true);
    expect(thanhHoa.filter((f) => f.kind === 'commune-health-station')).toHaveLength(559);
  });

  it('codes facilities with the province’s two BHYT digits and a unique serial, names labelled synthetic', () => {
    expect(thanhHoa[0]).toMatchObject({
      facilityCode: '38001',
      name: 'Bệnh viện Đa khoa tỉnh Thanh Hóa (synthetic)',
      kind: 'provincial-hospital',
      districtCode: null,
    });
    expect(thanhHoa.every((f) => /^38[0-9]{3}$/.test(f.facilityCode))).toBe(true);
    expect(new Set(thanhHoa.map((f) => f.facilityCode)).size).toBe(thanhHoa.length);
    expect(thanhHoa.every((f) => f.name.endsWith('(synthetic)'))).toBe(true);
  });

  it('leaves exactly the share not accepting the chip ID card, the same ones for the same seed', () => {
    const some = syntheticFacilities('038', 42, 0.99);
    const refusing = some.filter((f) => !f.acceptsIdCard).map((f) => f.facilityCode);
    expect(refusing).toHaveLength(7);
    expect(
      syntheticFacilities('038', 42, 0.99)
        .filter((f) => !f.acceptsIdCard)
        .map((f) => f.facilityCode),
    ).toEqual(refusing);
    expect(
      syntheticFacilities('038', 43, 0.99)
        .filter((f) => !f.acceptsIdCard)
        .map((f) => f.facilityCode),
    ).not.toEqual(refusing);
  });
});
