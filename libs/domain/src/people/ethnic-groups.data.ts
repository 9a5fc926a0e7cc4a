/**
 * The 54 ethnic groups of Vietnam (official names of the GSO list) with their populations in the 2019 census,
 * rounded as commonly cited. Shares derive from these counts.
 */
export const ETHNIC_GROUP_POPULATIONS: readonly (readonly [name: string, population2019: number])[] = [
  ['Kinh', 82_085_826],
  ['Tày', 1_845_492],
  ['Thái', 1_820_950],
  ['Mường', 1_452_095],
  ['Mông', 1_393_547],
  ['Khmer', 1_319_652],
  ['Nùng', 1_083_298],
  ['Dao', 891_151],
  ['Hoa', 749_466],
  ['Gia Rai', 513_930],
  ['Ê Đê', 398_671],
  ['Ba Na', 286_910],
  ['Xơ Đăng', 212_277],
  ['Sán Chay', 201_398],
  ['Cơ Ho', 200_800],
  ['Sán Dìu', 183_004],
  ['Chăm', 178_948],
  ['Hrê', 149_460],
  ['Ra Glai', 146_613],
  ['Mnông', 127_334],
  ['Xtiêng', 100_752],
  ['Bru Vân Kiều', 94_598],
  ['Thổ', 91_430],
  ['Khơ Mú', 90_612],
  ['Cơ Tu', 74_173],
  ['Giáy', 67_858],
  ['Giẻ Triêng', 63_322],
  ['Tà Ôi', 52_356],
  ['Mạ', 50_322],
  ['Co', 40_442],
  ['Chơ Ro', 29_520],
  ['Xinh Mun', 29_503],
  ['Hà Nhì', 25_539],
  ['Chu Ru', 23_242],
  ['Lào', 17_532],
  ['Kháng', 16_180],
  ['La Chí', 15_126],
  ['Phù Lá', 12_471],
  ['La Hủ', 12_113],
  ['La Ha', 10_157],
  ['Pà Thẻn', 8_248],
  ['Chứt', 7_513],
  ['Lự', 6_757],
  ['Lô Lô', 4_827],
  ['Mảng', 4_650],
  ['Cờ Lao', 4_003],
  ['Bố Y', 3_232],
  ['Cống', 2_729],
  ['Ngái', 1_649],
  ['Si La', 909],
  ['Pu Péo', 903],
  ['Rơ Măm', 639],
  ['Brâu', 525],
  ['Ơ Đu', 428],
];

/**
 * Approximate ethnic composition (percent) of the three modelled provinces, after the 2019 census as commonly
 * cited: Thanh Hóa — Kinh, Mường (west and south-west), Thái (far west), some Mông, Dao, Thổ, Khơ Mú; Nghệ An —
 * Kinh, Thái, Thổ, Khơ Mú, Mông and the tiny Ơ Đu group; Bắc Giang — Kinh, Nùng, Tày, Sán Chay, Sán Dìu, Hoa, Dao.
 * Rounded figures: good for a realistic mix, not for quoting.
 */
export const PROVINCE_ETHNIC_MIX: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '038': { Kinh: 81.6, Mường: 11.1, Thái: 6.4, Mông: 0.5, Dao: 0.2, Thổ: 0.1, 'Khơ Mú': 0.05, Hoa: 0.05 },
  '040': { Kinh: 85.4, Thái: 9.6, Thổ: 2.2, 'Khơ Mú': 1.3, Mông: 1.1, Mường: 0.3, Hoa: 0.09, 'Ơ Đu': 0.01 },
  '024': { Kinh: 87.4, Nùng: 4.6, Tày: 3.6, 'Sán Chay': 2.2, 'Sán Dìu': 1.5, Hoa: 0.4, Dao: 0.3 },
};
