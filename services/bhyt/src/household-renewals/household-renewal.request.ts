import { z } from 'zod';

const member = z
  .object({
    idNumber: z.string().regex(/^[0-9]{12}$/, 'must be the 12-digit personal ID number'),
    fullName: z.string().trim().min(1).max(200),
    birthDate: z.string().date('must be a date (YYYY-MM-DD)'),
    sex: z.enum(['male', 'female']),
  })
  .strict();

/**
 * Essential service 17: renew a household's BHYT cards with the household premium deduction. Members in the order
 * the deduction counts them (the first pays the full rate).
 */
export const householdRenewalRequest = z
  .object({
    householdRef: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'letters, digits, dots, underscores or hyphens, 1-40'),
    provinceCode: z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit province code'),
    months: z.union([z.literal(3), z.literal(6), z.literal(12)]).default(12),
    members: z
      .array(member)
      .min(1)
      .max(20)
      .refine((members) => new Set(members.map((m) => m.idNumber)).size === members.length, {
        message: 'a member is listed twice',
      }),
    dossierCode: z.string().trim().min(1).max(60).optional(),
  })
  .strict();

export type HouseholdRenewalRequest = z.output<typeof householdRenewalRequest>;
export type HouseholdMember = HouseholdRenewalRequest['members'][number];
