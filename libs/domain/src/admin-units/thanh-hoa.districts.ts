import type { RealDistrict } from './real-district';

/**
 * Thanh Hóa (038): the 27 district-level units of 2023 with their GSO codes (the 2023-09 report counts "27/27 đơn vị
 * cấp huyện" and 559 communes). Changes since: Huyện Đông Sơn (405) was merged into Thành phố Thanh Hóa from
 * 1 January 2025, and from 1 July 2025 the district level was abolished nationwide (communes report to the
 * province). Upland = the province's 11 mountainous districts. `stem` is the syllable many communes of the
 * district share (Hoằng Hóa's communes are "Hoằng …"), used for synthetic commune names.
 */
export const THANH_HOA_DISTRICTS: readonly RealDistrict[] = [
  { code: '380', name: 'Thành phố Thanh Hóa', kind: 'thành phố', upland: false },
  { code: '381', name: 'Thị xã Bỉm Sơn', kind: 'thị xã', upland: false },
  { code: '382', name: 'Thành phố Sầm Sơn', kind: 'thành phố', upland: false, stem: 'Quảng' },
  { code: '384', name: 'Huyện Mường Lát', kind: 'huyện', upland: true },
  { code: '385', name: 'Huyện Quan Hóa', kind: 'huyện', upland: true },
  { code: '386', name: 'Huyện Bá Thước', kind: 'huyện', upland: true },
  { code: '387', name: 'Huyện Quan Sơn', kind: 'huyện', upland: true },
  { code: '388', name: 'Huyện Lang Chánh', kind: 'huyện', upland: true },
  { code: '389', name: 'Huyện Ngọc Lặc', kind: 'huyện', upland: true },
  { code: '390', name: 'Huyện Cẩm Thủy', kind: 'huyện', upland: true, stem: 'Cẩm' },
  { code: '391', name: 'Huyện Thạch Thành', kind: 'huyện', upland: true, stem: 'Thạch' },
  { code: '392', name: 'Huyện Hà Trung', kind: 'huyện', upland: false, stem: 'Hà' },
  { code: '393', name: 'Huyện Vĩnh Lộc', kind: 'huyện', upland: false, stem: 'Vĩnh' },
  { code: '394', name: 'Huyện Yên Định', kind: 'huyện', upland: false, stem: 'Định' },
  { code: '395', name: 'Huyện Thọ Xuân', kind: 'huyện', upland: false, stem: 'Xuân' },
  { code: '396', name: 'Huyện Thường Xuân', kind: 'huyện', upland: true },
  { code: '397', name: 'Huyện Triệu Sơn', kind: 'huyện', upland: false },
  { code: '398', name: 'Huyện Thiệu Hóa', kind: 'huyện', upland: false, stem: 'Thiệu' },
  { code: '399', name: 'Huyện Hoằng Hóa', kind: 'huyện', upland: false, stem: 'Hoằng' },
  { code: '400', name: 'Huyện Hậu Lộc', kind: 'huyện', upland: false },
  { code: '401', name: 'Huyện Nga Sơn', kind: 'huyện', upland: false, stem: 'Nga' },
  { code: '402', name: 'Huyện Như Xuân', kind: 'huyện', upland: true },
  { code: '403', name: 'Huyện Như Thanh', kind: 'huyện', upland: true },
  { code: '404', name: 'Huyện Nông Cống', kind: 'huyện', upland: false },
  { code: '405', name: 'Huyện Đông Sơn', kind: 'huyện', upland: false, stem: 'Đông' },
  { code: '406', name: 'Huyện Quảng Xương', kind: 'huyện', upland: false, stem: 'Quảng' },
  { code: '407', name: 'Thị xã Nghi Sơn', kind: 'thị xã', upland: false },
];

/** Communes of Thanh Hóa in 2023 (the 2023-09 report: 559 đơn vị cấp xã); the synthetic ones add up to it. */
export const THANH_HOA_COMMUNE_TOTAL = 559;
