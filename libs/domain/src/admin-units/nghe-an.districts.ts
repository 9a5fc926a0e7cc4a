import type { RealDistrict } from './real-district';

/**
 * Nghệ An (040): the 21 district-level units of 2023 with their GSO codes. Changes since: Thị xã Cửa Lò (413) was
 * merged into Thành phố Vinh (with parts of Nghi Lộc and Hưng Nguyên) in 2025, and from 1 July 2025 the district
 * level was abolished nationwide. Upland = the western mountainous districts and Thị xã Thái Hòa.
 */
export const NGHE_AN_DISTRICTS: readonly RealDistrict[] = [
  { code: '412', name: 'Thành phố Vinh', kind: 'thành phố', upland: false },
  { code: '413', name: 'Thị xã Cửa Lò', kind: 'thị xã', upland: false, stem: 'Nghi' },
  { code: '414', name: 'Thị xã Thái Hòa', kind: 'thị xã', upland: true },
  { code: '415', name: 'Huyện Quế Phong', kind: 'huyện', upland: true },
  { code: '416', name: 'Huyện Quỳ Châu', kind: 'huyện', upland: true, stem: 'Châu' },
  { code: '417', name: 'Huyện Kỳ Sơn', kind: 'huyện', upland: true },
  { code: '418', name: 'Huyện Tương Dương', kind: 'huyện', upland: true },
  { code: '419', name: 'Huyện Nghĩa Đàn', kind: 'huyện', upland: true, stem: 'Nghĩa' },
  { code: '420', name: 'Huyện Quỳ Hợp', kind: 'huyện', upland: true, stem: 'Châu' },
  { code: '421', name: 'Huyện Quỳnh Lưu', kind: 'huyện', upland: false, stem: 'Quỳnh' },
  { code: '422', name: 'Huyện Con Cuông', kind: 'huyện', upland: true },
  { code: '423', name: 'Huyện Tân Kỳ', kind: 'huyện', upland: true },
  { code: '424', name: 'Huyện Anh Sơn', kind: 'huyện', upland: true },
  { code: '425', name: 'Huyện Diễn Châu', kind: 'huyện', upland: false, stem: 'Diễn' },
  { code: '426', name: 'Huyện Yên Thành', kind: 'huyện', upland: false },
  { code: '427', name: 'Huyện Đô Lương', kind: 'huyện', upland: false },
  { code: '428', name: 'Huyện Thanh Chương', kind: 'huyện', upland: true, stem: 'Thanh' },
  { code: '429', name: 'Huyện Nghi Lộc', kind: 'huyện', upland: false, stem: 'Nghi' },
  { code: '430', name: 'Huyện Nam Đàn', kind: 'huyện', upland: false, stem: 'Nam' },
  { code: '431', name: 'Huyện Hưng Nguyên', kind: 'huyện', upland: false, stem: 'Hưng' },
  { code: '432', name: 'Thị xã Hoàng Mai', kind: 'thị xã', upland: false, stem: 'Quỳnh' },
];
