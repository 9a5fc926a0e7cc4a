import { z } from 'zod';

export const MAX_BATCH = 10_000;

export const SECTORS = [
  'insurance',
  'tax',
  'social',
  'education',
  'health',
  'civil-status',
  'transport',
  'banking',
  'land',
  'other',
] as const;

const sectorRecord = z
  .object({
    /** The sector's own reference of the record (its row id); generated when absent. */
    recordRef: z.string().trim().min(1).max(100).optional(),
    idNumber: z.string().max(40),
    fullName: z.string().trim().min(1).max(200),
    birthDate: z.string().date('must be a date (YYYY-MM-DD)'),
    sex: z.enum(['male', 'female']).optional(),
    address: z
      .object({
        provinceCode: z
          .string()
          .regex(/^[0-9]{3}$/)
          .optional(),
        districtCode: z
          .string()
          .regex(/^[0-9]{3}$/)
          .optional(),
        communeCode: z
          .string()
          .regex(/^[0-9]{5}$/)
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Province (3-digit code) of the agency whose records are verified: the report counts per province. */
const requesterProvince = z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit province code');

export const verificationRequest = z
  .object({ sector: z.enum(SECTORS), provinceCode: requesterProvince, record: sectorRecord })
  .strict();
export type VerificationRequest = z.output<typeof verificationRequest>;

export const batchVerificationRequest = z
  .object({
    sector: z.enum(SECTORS),
    provinceCode: requesterProvince,
    batchId: z.string().trim().min(1).max(60).optional(),
    records: z.array(sectorRecord).min(1).max(MAX_BATCH),
  })
  .strict();
export type BatchVerificationRequest = z.output<typeof batchVerificationRequest>;
