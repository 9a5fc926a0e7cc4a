import { communeByCode, districtByCode, isProvinceCode } from '@d06/domain';
import { PopulationError } from '../population.errors';

/** The province, district and commune must exist and nest: a residence is registered at a real place. */
export function requireAdministrativeUnits(unit: {
  provinceCode: string;
  districtCode: string;
  communeCode: string;
}): void {
  const errors: { field: string; message: string }[] = [];
  if (!isProvinceCode(unit.provinceCode)) errors.push({ field: 'provinceCode', message: 'unknown province' });
  const district = districtByCode(unit.districtCode);
  if (!district || district.provinceCode !== unit.provinceCode) {
    errors.push({ field: 'districtCode', message: 'unknown district, or not in the province' });
  }
  const commune = communeByCode(unit.communeCode);
  if (!commune || commune.districtCode !== unit.districtCode) {
    errors.push({ field: 'communeCode', message: 'unknown commune, or not in the district' });
  }
  if (errors.length > 0) {
    throw new PopulationError('UNKNOWN_ADMINISTRATIVE_UNIT', {
      detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      errors,
    });
  }
}
