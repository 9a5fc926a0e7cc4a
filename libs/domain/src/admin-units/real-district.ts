import type { DistrictKind } from './admin-unit.types';

/** A real district as listed in the per-province tables (the province and `synthetic: false` are added). */
export interface RealDistrict {
  readonly code: string;
  readonly name: string;
  readonly kind: DistrictKind;
  readonly upland: boolean;
  /** Syllable shared by many of the district's commune names, for plausible synthetic names. */
  readonly stem?: string;
}
