import { z } from 'zod';

/** The linked birth procedure's BHYT step: a TE card for a child the population register now holds. */
export const childCardRequest = z
  .object({
    idNumber: z.string().regex(/^[0-9]{12}$/, 'must be the 12-digit personal ID number'),
    fullName: z.string().trim().min(1).max(200),
    birthDate: z.string().date('must be a date (YYYY-MM-DD)'),
    sex: z.enum(['male', 'female']),
    /** Province (3-digit code) of the child's permanent residence: it issues the card. */
    provinceCode: z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit province code'),
    householdId: z.string().trim().min(1).max(40).optional(),
    dossierCode: z.string().trim().min(1).max(60).optional(),
  })
  .strict();

export type ChildCardRequest = z.output<typeof childCardRequest>;
