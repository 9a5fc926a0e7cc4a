export type { Commune, CommuneKind, District, DistrictKind } from './admin-unit.types';
export {
  communeByCode,
  communesOf,
  communesOfProvince,
  districtByCode,
  districtsOf,
  PROVINCES_WITH_REAL_DISTRICTS,
  shortName,
} from './admin-units';
