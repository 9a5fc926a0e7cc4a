/**
 * The 63 province codes of Thông tư 07/2016/TT-BCA used as the first three digits of a personal ID number (the
 * province where the birth was registered). They follow the GSO administrative-unit numbering, hence the gaps.
 * The 2025 merger into 34 provinces does not change existing ID numbers, so this table stays the 63-province one.
 */
export interface Province {
  /** Three digits, as in the personal ID number (`038`). */
  readonly code: string;
  /** Short name with diacritics (`Thanh Hóa`). */
  readonly name: string;
  /** Centrally governed city (thành phố trực thuộc trung ương). */
  readonly isMunicipality: boolean;
  /** Two digits used at positions 4–5 of a BHYT card code. */
  readonly bhytCode: string;
  /**
   * Always true here. BHXH numbers provinces on its own; we could not establish its table from the reference
   * material, so `bhytCode` is the last two digits of `code` — a simplification. (The reference's one example,
   * Thanh Hóa `TE1380…` with report code `38`, is consistent with it, but one point proves nothing.)
   */
  readonly bhytCodeIsSynthetic: true;
}

const MUNICIPALITIES = new Set(['001', '031', '048', '079', '092']);

const NAMES: readonly (readonly [code: string, name: string])[] = [
  ['001', 'Hà Nội'],
  ['002', 'Hà Giang'],
  ['004', 'Cao Bằng'],
  ['006', 'Bắc Kạn'],
  ['008', 'Tuyên Quang'],
  ['010', 'Lào Cai'],
  ['011', 'Điện Biên'],
  ['012', 'Lai Châu'],
  ['014', 'Sơn La'],
  ['015', 'Yên Bái'],
  ['017', 'Hòa Bình'],
  ['019', 'Thái Nguyên'],
  ['020', 'Lạng Sơn'],
  ['022', 'Quảng Ninh'],
  ['024', 'Bắc Giang'],
  ['025', 'Phú Thọ'],
  ['026', 'Vĩnh Phúc'],
  ['027', 'Bắc Ninh'],
  ['030', 'Hải Dương'],
  ['031', 'Hải Phòng'],
  ['033', 'Hưng Yên'],
  ['034', 'Thái Bình'],
  ['035', 'Hà Nam'],
  ['036', 'Nam Định'],
  ['037', 'Ninh Bình'],
  ['038', 'Thanh Hóa'],
  ['040', 'Nghệ An'],
  ['042', 'Hà Tĩnh'],
  ['044', 'Quảng Bình'],
  ['045', 'Quảng Trị'],
  ['046', 'Thừa Thiên Huế'],
  ['048', 'Đà Nẵng'],
  ['049', 'Quảng Nam'],
  ['051', 'Quảng Ngãi'],
  ['052', 'Bình Định'],
  ['054', 'Phú Yên'],
  ['056', 'Khánh Hòa'],
  ['058', 'Ninh Thuận'],
  ['060', 'Bình Thuận'],
  ['062', 'Kon Tum'],
  ['064', 'Gia Lai'],
  ['066', 'Đắk Lắk'],
  ['067', 'Đắk Nông'],
  ['068', 'Lâm Đồng'],
  ['070', 'Bình Phước'],
  ['072', 'Tây Ninh'],
  ['074', 'Bình Dương'],
  ['075', 'Đồng Nai'],
  ['077', 'Bà Rịa - Vũng Tàu'],
  ['079', 'TP Hồ Chí Minh'],
  ['080', 'Long An'],
  ['082', 'Tiền Giang'],
  ['083', 'Bến Tre'],
  ['084', 'Trà Vinh'],
  ['086', 'Vĩnh Long'],
  ['087', 'Đồng Tháp'],
  ['089', 'An Giang'],
  ['091', 'Kiên Giang'],
  ['092', 'Cần Thơ'],
  ['093', 'Hậu Giang'],
  ['094', 'Sóc Trăng'],
  ['095', 'Bạc Liêu'],
  ['096', 'Cà Mau'],
];

export const PROVINCES: readonly Province[] = Object.freeze(
  NAMES.map(([code, name]) =>
    Object.freeze({
      code,
      name,
      isMunicipality: MUNICIPALITIES.has(code),
      bhytCode: code.slice(1),
      bhytCodeIsSynthetic: true as const,
    }),
  ),
);

const BY_CODE = new Map(PROVINCES.map((province) => [province.code, province]));
const BY_BHYT_CODE = new Map(PROVINCES.map((province) => [province.bhytCode, province]));

/** The province for a three-digit ID prefix, or undefined. */
export function provinceByCode(code: string): Province | undefined {
  return BY_CODE.get(code);
}

export function isProvinceCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** The province for the two-digit code in a BHYT card code (synthetic table, see `bhytCodeIsSynthetic`). */
export function provinceByBhytCode(code2: string): Province | undefined {
  return BY_BHYT_CODE.get(code2);
}
