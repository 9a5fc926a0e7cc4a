import { PROVINCES, type Province } from '../identifiers';
import type { District } from './admin-unit.types';

const PER_PROVINCE = 4;
/** Synthetic district codes start here: above every real code this kit lists (213–432), below 1000. */
const FIRST_CODE = 500;
const DIRECTIONS = ['Đông', 'Tây', 'Nam'] as const;

/**
 * A small made-up district list for a province whose real list is not in this kit: a capital (a city, or an urban
 * district for a municipality) and three rural districts, all labelled synthetic. Codes are unique across the kit
 * (500 + 4 × the province's position among such provinces + 0–3); they are not real GSO codes.
 */
export function syntheticDistricts(province: Province, position: number): District[] {
  const base = FIRST_CODE + position * PER_PROVINCE;
  const capital: District = {
    code: String(base),
    provinceCode: province.code,
    name: province.isMunicipality ? 'Quận Trung Tâm (synthetic)' : `Thành phố ${province.name} (synthetic)`,
    kind: province.isMunicipality ? 'quận' : 'thành phố',
    upland: false,
    synthetic: true,
  };
  const rural = DIRECTIONS.map((direction, i): District => ({
    code: String(base + 1 + i),
    provinceCode: province.code,
    name: `Huyện ${direction} ${province.name} (synthetic)`,
    kind: 'huyện',
    upland: false,
    synthetic: true,
  }));
  return [capital, ...rural];
}

/** Provinces that get synthetic districts, in PROVINCES order (their position fixes their codes). */
export function provincesWithSyntheticDistricts(realProvinceCodes: ReadonlySet<string>): readonly Province[] {
  return PROVINCES.filter((province) => !realProvinceCodes.has(province.code));
}
