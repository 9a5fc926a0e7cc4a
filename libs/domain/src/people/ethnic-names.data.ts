import type { Sex } from './person.types';

/**
 * Family names typical of the ethnic groups present in the modelled provinces (Mường clans Đinh, Quách, Bạch, Hà,
 * Bùi; Thái Lò, Lường, Cầm, Vi; Mông Giàng, Vàng, Sùng, Thào; …). Groups not listed use the Kinh table.
 */
export const ETHNIC_FAMILY_NAMES: Readonly<Record<string, readonly string[]>> = {
  Mường: ['Bùi', 'Bùi', 'Đinh', 'Đinh', 'Quách', 'Hà', 'Phạm', 'Trương', 'Cao', 'Bạch'],
  Thái: ['Lò', 'Lường', 'Cầm', 'Vi', 'Hà', 'Lang', 'Lữ', 'Lô', 'Sầm', 'Mạc', 'Quàng', 'Ngân', 'Lương'],
  Mông: ['Giàng', 'Vàng', 'Sùng', 'Thào', 'Hờ', 'Lầu', 'Lý', 'Mùa', 'Vừ', 'Hạng', 'Và', 'Cứ'],
  Dao: ['Triệu', 'Bàn', 'Đặng', 'Lý', 'Chảo', 'Phùng', 'Tẩn', 'Hoàng'],
  'Khơ Mú': ['Lô', 'Vi', 'Cụt', 'Xồng', 'Moong', 'Kha', 'Lò', 'Lữ'],
  Tày: ['Hoàng', 'Nông', 'Lương', 'Hà', 'Ma', 'Lục', 'Triệu', 'La', 'Bế', 'Đàm', 'Lăng', 'Chu'],
  Nùng: ['Hoàng', 'Nông', 'Lăng', 'Lục', 'Vi', 'Lương', 'Chu', 'Hà', 'Triệu', 'Linh'],
  'Sán Chay': ['Hoàng', 'Trần', 'Nịnh', 'Lâm', 'Đàm', 'Diệp', 'La', 'Lục', 'Hà', 'Lưu'],
  'Sán Dìu': ['Diệp', 'Lý', 'Trần', 'Lưu', 'Tạ', 'Lam', 'Bạch', 'Hoàng', 'Tô', 'Dương'],
  Hoa: ['Lý', 'Trần', 'Lưu', 'Hoàng', 'Trương', 'Quan', 'Lâm', 'Vương', 'Dương', 'Tạ', 'Phùng', 'Lương'],
  'Ơ Đu': ['Lô', 'Vi', 'Moong', 'Lữ'],
};

/** Groups with their own naming conventions: middle names by sex and given names mixed into the Kinh ones. */
export interface EthnicNaming {
  readonly middle: Readonly<Record<Sex, readonly string[]>>;
  readonly given: Readonly<Record<Sex, readonly string[]>>;
  /** Share of given names drawn from the group's own list rather than the Kinh one. */
  readonly ownGivenShare: number;
}

export const ETHNIC_NAMING: Readonly<Record<string, EthnicNaming>> = {
  Mông: {
    middle: { male: ['A'], female: ['Thị'] },
    given: {
      male: [
        'Páo',
        'Sử',
        'Chứ',
        'Dế',
        'Tủa',
        'Lềnh',
        'Pó',
        'Chang',
        'Sình',
        'Vừ',
        'Chư',
        'Tòng',
        'Khua',
        'Chá',
      ],
      female: [
        'Mai',
        'Dợ',
        'Dung',
        'Sua',
        'Mỷ',
        'Chá',
        'Mang',
        'Pàng',
        'Say',
        'Dở',
        'Chía',
        'Máy',
        'Di',
        'Xó',
      ],
    },
    ownGivenShare: 0.9,
  },
  Thái: {
    middle: { male: ['Văn'], female: ['Thị'] },
    given: {
      male: ['Xiêng', 'Khăm', 'Pọm', 'Bun', 'Phăn', 'Panh', 'Ún', 'Piệng', 'Hặc', 'Inh'],
      female: ['Ỏn', 'Ỏi', 'Pấng', 'Xơi', 'Kham', 'Bua', 'Ín', 'Nọi', 'Éng', 'Lả'],
    },
    ownGivenShare: 0.35,
  },
  Dao: {
    middle: { male: ['Văn', 'Tiến', 'Kim'], female: ['Thị', 'Mùi'] },
    given: {
      male: ['Phu', 'Chòi', 'Quý', 'Sinh', 'Tòng', 'Lưu', 'Chàn', 'Kiềm', 'Tài', 'Vần'],
      female: ['Mẩy', 'Chài', 'Sành', 'Phây', 'Xuân', 'Lai', 'Nhất', 'Duyên', 'Mai', 'Kiều'],
    },
    ownGivenShare: 0.6,
  },
  'Khơ Mú': {
    middle: { male: ['Văn'], female: ['Thị'] },
    given: {
      male: ['Xăm', 'Hặc', 'Pheng', 'Khăm', 'Bun', 'Thoong', 'Phon', 'Xay'],
      female: ['Ỏn', 'Bua', 'Xoan', 'Kẹo', 'Phới', 'Mỉn', 'Ỏi', 'Xiêng'],
    },
    ownGivenShare: 0.5,
  },
};
