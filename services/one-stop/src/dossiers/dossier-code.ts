import { formatVietnamDate } from '@d06/domain';

/**
 * Receiving agencies' codes, synthetic but of the shape of QĐ 20/2020/QĐ-TTg's electronic agency codes
 * (`000.00.38.H56`): `000.00.<district's last two digits, 00 for the province>.H<province's last two digits>`.
 * Labelled synthetic: they are not the real register's codes.
 */
export function receivingAgencyCode(provinceCode: string, districtCode?: string): string {
  const district = districtCode ? districtCode.slice(-2) : '00';
  return `000.00.${district}.H${provinceCode.slice(-2)}`;
}

/** `yyMMdd` of the Vietnam-local day of an instant. */
export function dossierDay(receivedAt: Date): string {
  return formatVietnamDate(receivedAt).replace(/-/g, '').slice(2);
}

/** The dossier code (mã hồ sơ): `<agency code>-<yyMMdd>-<sequence of the agency's day, at least 4 digits>`. */
export function dossierCode(agencyCode: string, day: string, sequence: number): string {
  return `${agencyCode}-${day}-${String(sequence).padStart(4, '0')}`;
}

export const DOSSIER_CODE_PATTERN = /^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2}-[0-9]{6}-[0-9]{4,}$/;
