import type { AgencyCode } from './catalogue.types';

export interface Agency {
  readonly code: AgencyCode;
  /** Vietnamese name of the sector, as the reports use it (the provincial department or branch). */
  readonly name: string;
  readonly label: string;
}

export const AGENCIES: readonly Agency[] = [
  { code: 'cong-an', name: 'Công an', label: 'Police (Ministry of Public Security)' },
  { code: 'tu-phap', name: 'Tư pháp', label: 'Justice' },
  { code: 'bhxh', name: 'Bảo hiểm xã hội', label: 'Social insurance (BHXH)' },
  { code: 'thue', name: 'Thuế', label: 'Tax' },
  { code: 'tnmt', name: 'Tài nguyên và Môi trường', label: 'Natural resources and environment' },
  { code: 'gtvt', name: 'Giao thông vận tải', label: 'Transport' },
  { code: 'gddt', name: 'Giáo dục và Đào tạo', label: 'Education and training' },
  { code: 'ldtbxh', name: 'Lao động - Thương binh và Xã hội', label: 'Labour, invalids and social affairs' },
  { code: 'dien-luc', name: 'Điện lực', label: 'Electricity (EVN)' },
  { code: 'khdt', name: 'Kế hoạch và Đầu tư', label: 'Planning and investment' },
  { code: 'y-te', name: 'Y tế', label: 'Health' },
  { code: 'toa-an', name: 'Tòa án', label: 'Courts' },
];

export function agencyByCode(code: string): Agency | undefined {
  return AGENCIES.find((agency) => agency.code === code);
}
