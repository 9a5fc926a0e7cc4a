import { z } from 'zod';

export const RELATIONSHIPS = [
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'other-relative',
] as const;

/** The funeral-allowance step of linked procedure 2, as the one-stop system sends it. */
export const funeralAllowanceRequest = z
  .object({
    deceasedIdNumber: z.string(),
    claimant: z
      .object({
        idNumber: z.string(),
        fullName: z.string().trim().min(1).max(200),
        relationship: z.enum(RELATIONSHIPS),
      })
      .strict(),
    dossierCode: z
      .string()
      .min(1)
      .max(60)
      .regex(/^\S(.*\S)?$/, 'must not start or end with a space')
      .optional(),
  })
  .strict();

export type FuneralAllowanceRequest = z.output<typeof funeralAllowanceRequest>;
