import type { BhytCardCodeRule } from './identifier.errors';

/** Result codes of a BHYT card check against the BHXH gateway, as hospital systems see them (domain reference). */
export const BHYT_CHECK_RESULTS = [
  { code: '000', meaning: 'valid card' },
  { code: '001', meaning: 'card managed by the Ministry of Defence social insurance' },
  { code: '002', meaning: 'card managed by the Ministry of Public Security social insurance' },
  { code: '003', meaning: 'old card expired, new card issued' },
  { code: '004', meaning: 'old card still valid, new card issued' },
  { code: '010', meaning: 'card expired' },
  { code: '050', meaning: 'no card found' },
  { code: '051', meaning: 'wrong card code' },
  { code: '052', meaning: 'wrong province code (characters 4-5)' },
  { code: '053', meaning: 'wrong benefit code (character 3)' },
  { code: '060', meaning: 'name mismatch' },
  { code: '061', meaning: 'name mismatch, first character right' },
  { code: '070', meaning: 'birth-date mismatch' },
  { code: '100', meaning: 'error reading card data' },
  { code: '101', meaning: 'server error' },
  { code: '110', meaning: 'card revoked' },
  // The reference groups 120-122 as "reduced (moved out / within the province)" without saying which is which.
  { code: '120', meaning: 'card reduced (moved out of or within the province)' },
  { code: '121', meaning: 'card reduced (moved out of or within the province)' },
  { code: '122', meaning: 'card reduced (moved out of or within the province)' },
  { code: '205', meaning: 'parameter format error' },
  { code: '401', meaning: 'authentication failed' },
] as const;

export type BhytCheckResultCode = (typeof BHYT_CHECK_RESULTS)[number]['code'];

/**
 * Which check result a malformed card code earns. Only the province (052) and benefit (053) positions have codes
 * of their own; every other shape error is "wrong card code" (051).
 */
export const BHYT_RULE_RESULT_CODES: Readonly<Record<BhytCardCodeRule, BhytCheckResultCode>> = Object.freeze({
  length: '051',
  group: '051',
  'benefit-level': '053',
  province: '052',
  'social-insurance-number': '051',
});
