import { provinceByCode } from '../identifiers';
import type { Commune, District } from './admin-unit.types';
import { BAC_GIANG_DISTRICTS } from './bac-giang.districts';
import { NGHE_AN_DISTRICTS } from './nghe-an.districts';
import type { RealDistrict } from './real-district';
import { communeCounts, syntheticCommunes } from './synthetic-communes';
import { provincesWithSyntheticDistricts, syntheticDistricts } from './synthetic-districts';
import { THANH_HOA_COMMUNE_TOTAL, THANH_HOA_DISTRICTS } from './thanh-hoa.districts';

interface RealProvinceTable {
  readonly districts: readonly RealDistrict[];
  /** Real number of communes, when known: the synthetic ones are scaled to it. */
  readonly communeTotal?: number;
}

const REAL: ReadonlyMap<string, RealProvinceTable> = new Map([
  ['024', { districts: BAC_GIANG_DISTRICTS }],
  ['038', { districts: THANH_HOA_DISTRICTS, communeTotal: THANH_HOA_COMMUNE_TOTAL }],
  ['040', { districts: NGHE_AN_DISTRICTS }],
]);

/** Provinces whose district list is the real one (the others are synthetic). */
export const PROVINCES_WITH_REAL_DISTRICTS: readonly string[] = [...REAL.keys()];

const districtsByProvince = new Map<string, readonly District[]>();
const districtIndex = new Map<string, District>();
const stems = new Map<string, string>();
const communesByDistrict = new Map<string, readonly Commune[]>();
const communeCountByDistrict = new Map<string, number>();
const communeIndex = new Map<string, Commune>();

buildDistricts();

/** The province's district-level units (real for 024, 038 and 040, synthetic otherwise); [] for an unknown code. */
export function districtsOf(provinceCode: string): readonly District[] {
  return districtsByProvince.get(provinceCode) ?? [];
}

export function districtByCode(code: string): District | undefined {
  return districtIndex.get(code);
}

/** The district's communes (synthetic, deterministic); [] for an unknown code. Built on first use. */
export function communesOf(districtCode: string): readonly Commune[] {
  const cached = communesByDistrict.get(districtCode);
  if (cached) return cached;
  const district = districtIndex.get(districtCode);
  if (!district) return [];
  const communes = Object.freeze(
    syntheticCommunes(district, communeCountByDistrict.get(districtCode)!, stems.get(districtCode)).map((c) =>
      Object.freeze(c),
    ),
  );
  communesByDistrict.set(districtCode, communes);
  for (const commune of communes) communeIndex.set(commune.code, commune);
  return communes;
}

/** Every commune of the province, district by district. */
export function communesOfProvince(provinceCode: string): readonly Commune[] {
  return districtsOf(provinceCode).flatMap((district) => communesOf(district.code));
}

export function communeByCode(code: string): Commune | undefined {
  const known = communeIndex.get(code);
  if (known) return known;
  // Synthetic commune codes start with their district's code, so one district's list answers.
  return communesOf(code.slice(0, 3)).find((commune) => commune.code === code);
}

/** Name without the kind and the synthetic label: `Huyện Hoằng Hóa` → `Hoằng Hóa`. */
export function shortName(unit: District | Commune): string {
  return unit.name
    .replace(/ \(synthetic\)$/, '')
    .replace(/^(Thành phố|Thị xã|Quận|Huyện|Phường|Thị trấn|Xã) /, '');
}

function buildDistricts(): void {
  for (const [provinceCode, table] of REAL) {
    if (!provinceByCode(provinceCode)) throw new Error(`admin-units: unknown province ${provinceCode}`);
    const districts = table.districts.map(({ stem, ...district }) => {
      if (stem !== undefined) stems.set(district.code, stem);
      return Object.freeze({ ...district, provinceCode, synthetic: false });
    });
    register(provinceCode, districts, table.communeTotal);
  }
  provincesWithSyntheticDistricts(new Set(REAL.keys())).forEach((province, position) =>
    register(
      province.code,
      syntheticDistricts(province, position).map((d) => Object.freeze(d)),
    ),
  );
}

function register(provinceCode: string, districts: readonly District[], communeTotal?: number): void {
  districtsByProvince.set(provinceCode, Object.freeze([...districts]));
  for (const district of districts) {
    if (districtIndex.has(district.code))
      throw new Error(`admin-units: duplicate district code ${district.code}`);
    districtIndex.set(district.code, district);
  }
  for (const [code, count] of communeCounts(districts, communeTotal)) communeCountByDistrict.set(code, count);
}
