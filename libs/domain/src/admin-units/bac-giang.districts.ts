import type { RealDistrict } from './real-district';

/**
 * Bắc Giang (024): the 10 district-level units of 2023 with their GSO codes. Changes since: Huyện Việt Yên became a
 * thị xã (2024), Thị xã Chũ (224) was formed from part of Lục Ngạn (2024), Huyện Yên Dũng was merged into Thành phố
 * Bắc Giang (2025), and from 1 July 2025 the province was merged into Bắc Ninh and the district level abolished.
 * Upland = the mountainous districts of the east and north.
 */
export const BAC_GIANG_DISTRICTS: readonly RealDistrict[] = [
  { code: '213', name: 'Thành phố Bắc Giang', kind: 'thành phố', upland: false },
  { code: '215', name: 'Huyện Yên Thế', kind: 'huyện', upland: true },
  { code: '216', name: 'Huyện Tân Yên', kind: 'huyện', upland: false },
  { code: '217', name: 'Huyện Lạng Giang', kind: 'huyện', upland: false },
  { code: '218', name: 'Huyện Lục Nam', kind: 'huyện', upland: true },
  { code: '219', name: 'Huyện Lục Ngạn', kind: 'huyện', upland: true },
  { code: '220', name: 'Huyện Sơn Động', kind: 'huyện', upland: true },
  { code: '221', name: 'Huyện Yên Dũng', kind: 'huyện', upland: false },
  { code: '222', name: 'Huyện Việt Yên', kind: 'huyện', upland: false },
  { code: '223', name: 'Huyện Hiệp Hòa', kind: 'huyện', upland: false },
];
