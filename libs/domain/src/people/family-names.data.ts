/**
 * Vietnamese family names (họ) with national frequencies in percent, as commonly cited from name surveys: Nguyễn
 * ≈ 38%, Trần 11%, Lê 9.5%, Phạm 7%, Hoàng/Huỳnh ≈ 5% (Huỳnh is the southern form), Phan 4.5%, Vũ/Võ ≈ 3.9%
 * (Võ the central/southern form), then Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý and a long tail. Approximate figures.
 */
export const FAMILY_NAME_FREQUENCIES: readonly (readonly [name: string, percent: number])[] = [
  ['Nguyễn', 38.4],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7.1],
  ['Hoàng', 3.9],
  ['Huỳnh', 1.2],
  ['Phan', 4.5],
  ['Vũ', 2.6],
  ['Võ', 1.3],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đào', 0.4],
  ['Đoàn', 0.4],
  ['Trịnh', 0.4],
  ['Đinh', 0.4],
  ['Mai', 0.4],
  ['Trương', 0.4],
  ['Hà', 0.4],
  ['Lương', 0.3],
  ['Cao', 0.3],
  ['Lâm', 0.3],
  ['Vương', 0.2],
  ['Phùng', 0.2],
  ['Tô', 0.2],
  ['Lưu', 0.2],
  ['Tạ', 0.2],
  ['Chu', 0.1],
  ['Quách', 0.1],
  ['Kiều', 0.1],
  ['Lại', 0.1],
  ['Tống', 0.1],
  ['Thân', 0.05],
  ['Giáp', 0.03],
];

/**
 * Regional tilts (multipliers) for the three modelled provinces: Thanh Hóa has many Lê, Trịnh and Mai; Nghệ An many
 * Hồ, Võ and Phan; Thân and Giáp are typical of Bắc Giang; the southern forms are rare in the north.
 */
export const FAMILY_NAME_TILTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '038': { Lê: 1.3, Trịnh: 2.5, Mai: 2, Huỳnh: 0.1, Võ: 0.5 },
  '040': { Hồ: 2.5, Võ: 2.5, Phan: 1.5, Huỳnh: 0.1, Vũ: 0.5 },
  '024': { Thân: 20, Giáp: 20, Huỳnh: 0.1, Võ: 0.2 },
};
