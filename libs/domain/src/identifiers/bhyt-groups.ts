/**
 * BHYT beneficiary groups (mã đối tượng, the first two letters of a card code). The first ten are the ones the
 * domain reference lists; the rest are well-known codes of BHXH's list (QĐ 1351/QĐ-BHXH) added for variety and
 * marked `listedInReference: false`. BHXH's full list is longer; add codes here when a scenario needs them.
 */
export interface BhytGroup {
  readonly code: string;
  readonly name: string;
  readonly label: string;
  readonly listedInReference: boolean;
}

export const BHYT_GROUPS = [
  { code: 'TE', name: 'Trẻ em dưới 6 tuổi', label: 'child under 6', listedInReference: true },
  {
    code: 'HT',
    name: 'Người hưởng lương hưu, trợ cấp mất sức lao động hằng tháng',
    label: 'pensioner',
    listedInReference: true,
  },
  {
    code: 'DN',
    name: 'Người lao động làm việc trong doanh nghiệp',
    label: 'enterprise employee',
    listedInReference: true,
  },
  { code: 'HC', name: 'Cán bộ, công chức, viên chức', label: 'civil servant', listedInReference: true },
  { code: 'HS', name: 'Học sinh', label: 'pupil', listedInReference: true },
  {
    code: 'HN',
    name: 'Người thuộc hộ gia đình nghèo',
    label: 'poor household member',
    listedInReference: true,
  },
  {
    code: 'CN',
    name: 'Người thuộc hộ gia đình cận nghèo',
    label: 'near-poor household member',
    listedInReference: true,
  },
  {
    code: 'BT',
    name: 'Người hưởng trợ cấp bảo trợ xã hội hằng tháng',
    label: 'social assistance beneficiary',
    listedInReference: true,
  },
  { code: 'CC', name: 'Người có công với cách mạng', label: 'meritorious person', listedInReference: true },
  { code: 'GD', name: 'Người tham gia theo hộ gia đình', label: 'household member', listedInReference: true },
  { code: 'QN', name: 'Quân nhân', label: 'serving soldier', listedInReference: false },
  { code: 'CA', name: 'Công an nhân dân', label: 'police officer', listedInReference: false },
  { code: 'SV', name: 'Sinh viên', label: 'university student', listedInReference: false },
  {
    code: 'DT',
    name: 'Người dân tộc thiểu số sinh sống tại vùng có điều kiện kinh tế - xã hội khó khăn',
    label: 'ethnic-minority resident of a disadvantaged area',
    listedInReference: false,
  },
] as const satisfies readonly BhytGroup[];

export type BhytGroupCode = (typeof BHYT_GROUPS)[number]['code'];

const CODES: ReadonlySet<string> = new Set(BHYT_GROUPS.map((group) => group.code));

export function isBhytGroupCode(code: string): code is BhytGroupCode {
  return CODES.has(code);
}

export function bhytGroupByCode(code: string): BhytGroup | undefined {
  return BHYT_GROUPS.find((group) => group.code === code);
}
