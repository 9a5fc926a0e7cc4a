import { isProvinceCode } from '@d06/domain';
import { z } from 'zod';
import { DEFAULT_DEFECT_RATES, type DefectRates } from './quality/defect-injector';
import { DEFAULT_INSURANCE_STATE_SHARES, type InsuranceStateShares } from './sectors/insurance-model';
import { dayOf } from './util/dates';

/** The reference report's as-of date (Thanh Hóa, 9/2023): ages, cards and benefits are as of this day. */
export const DEFAULT_REFERENCE_DATE = '2023-09-15';
export const DEFAULT_BATCH_SIZE = 5_000;
export const MAX_PROVINCE_SIZE = 20_000_000;

export interface GenerateProvinceInput {
  /** `38` or `038`. */
  readonly provinceCode: string;
  /** Number of citizens, exactly. */
  readonly size: number;
  readonly seed: number;
  /** `YYYY-MM-DD`, 2001–2099; default DEFAULT_REFERENCE_DATE. */
  readonly referenceDate?: string;
  /** Share (0–1) of each sector's records that differ from the register. */
  readonly defects?: Partial<DefectRates>;
  readonly insuranceStates?: Partial<InsuranceStateShares>;
  /** About how many citizens per yielded batch (whole households); does not change the output. */
  readonly batchSize?: number;
}

export interface ProvinceOptions {
  readonly provinceCode: string;
  readonly size: number;
  readonly seed: number;
  readonly referenceDate: string;
  readonly defects: DefectRates;
  readonly insuranceStates: InsuranceStateShares;
  readonly batchSize: number;
}

export class SyntheticOptionsError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`invalid province options: ${issues.join('; ')}`);
    this.name = 'SyntheticOptionsError';
  }
}

/** `38`, `038` → `038`; undefined unless it is one of the 63 province codes. */
export function normaliseProvinceCode(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^[0-9]{1,3}$/.test(trimmed)) return undefined;
  const code = trimmed.padStart(3, '0');
  return isProvinceCode(code) ? code : undefined;
}

const rate = z.number().min(0).max(1);
const schema = z.object({
  provinceCode: z.string().refine((code) => normaliseProvinceCode(code) !== undefined, 'not a province code'),
  size: z.number().int().min(1).max(MAX_PROVINCE_SIZE),
  seed: z.number().int().min(0).max(0xffffffff),
  referenceDate: z
    .string()
    .refine(
      (date) => /^20\d\d-\d\d-\d\d$/.test(date) && date >= '2001-01-01' && isDate(date),
      'YYYY-MM-DD, 2001-2099',
    )
    .optional(),
  defects: z.object({ insurance: rate, tax: rate, 'social-security': rate }).partial().optional(),
  insuranceStates: z
    .object({ valid: rate, expired: rate, revoked: rate, reduced: rate, 'not-synced': rate })
    .partial()
    .optional(),
  batchSize: z.number().int().min(1).optional(),
});

/** Validates the input and fills the defaults; throws SyntheticOptionsError naming every bad field. */
export function resolveProvinceOptions(input: GenerateProvinceInput): ProvinceOptions {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new SyntheticOptionsError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`),
    );
  }
  const states = { ...DEFAULT_INSURANCE_STATE_SHARES, ...input.insuranceStates };
  if (Object.values(states).reduce((sum, share) => sum + share, 0) <= 0) {
    throw new SyntheticOptionsError(['insuranceStates: at least one share must be positive']);
  }
  return {
    provinceCode: normaliseProvinceCode(input.provinceCode)!,
    size: input.size,
    seed: input.seed,
    referenceDate: input.referenceDate ?? DEFAULT_REFERENCE_DATE,
    defects: { ...DEFAULT_DEFECT_RATES, ...input.defects },
    insuranceStates: states,
    batchSize: input.batchSize ?? DEFAULT_BATCH_SIZE,
  };
}

function isDate(iso: string): boolean {
  try {
    dayOf(iso);
    return true;
  } catch {
    return false;
  }
}
