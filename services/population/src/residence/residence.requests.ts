import { z } from 'zod';

const code = (digits: number) =>
  z.string().regex(new RegExp(`^[0-9]{${digits}}$`), `must be ${digits} digits`);

/** Đăng ký thường trú / tạm trú. */
export const registerResidenceRequest = z
  .object({
    idNumber: z.string(),
    kind: z.enum(['permanent', 'temporary']),
    provinceCode: code(3),
    districtCode: code(3),
    communeCode: code(5),
    address: z.string().trim().min(1).max(300),
    /** Join this household (permanent residence); a new household is created with the citizen as head if absent. */
    householdId: z.string().trim().min(1).max(20).optional(),
    relationToHead: z
      .enum(['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'other'])
      .optional(),
    /** Temporary residence only. */
    validUntil: z.string().date('must be a date (YYYY-MM-DD)').optional(),
  })
  .strict()
  .refine((r) => r.kind === 'temporary' || r.validUntil === undefined, {
    message: 'only a temporary residence has an end date',
    path: ['validUntil'],
  });

export type RegisterResidenceRequest = z.output<typeof registerResidenceRequest>;

/** Xóa đăng ký thường trú / tạm trú. */
export const removeResidenceRequest = z
  .object({
    idNumber: z.string(),
    kind: z.enum(['permanent', 'temporary']),
    reason: z.enum(['death', 'moved', 'cancelled', 'expired']),
  })
  .strict();

export type RemoveResidenceRequest = z.output<typeof removeResidenceRequest>;

/** Khai báo tạm vắng. */
export const absenceRequest = z
  .object({
    idNumber: z.string(),
    from: z.string().date('must be a date (YYYY-MM-DD)'),
    until: z.string().date('must be a date (YYYY-MM-DD)'),
    destination: z.string().trim().min(1).max(300),
  })
  .strict()
  .refine((a) => a.from <= a.until, { message: 'must not be before from', path: ['until'] });

export type AbsenceRequest = z.output<typeof absenceRequest>;
