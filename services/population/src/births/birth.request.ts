import { z } from 'zod';

const idNumber = z.string().regex(/^[0-9]{12}$/, 'must be 12 digits');

/** A birth registration (khai sinh) as the civil-status system sends it. */
export const birthRequest = z
  .object({
    fullName: z.string().trim().min(1).max(200),
    birthDate: z.string().date('must be a date (YYYY-MM-DD)'),
    sex: z.enum(['male', 'female']),
    ethnicity: z.string().trim().min(1).max(40).default('Kinh'),
    /** Province (3-digit code) where the birth is registered: it becomes the ID number's prefix. */
    birthplaceProvince: z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit province code'),
    hometownProvince: z
      .string()
      .regex(/^[0-9]{3}$/, 'must be a 3-digit province code')
      .optional(),
    fatherIdNumber: idNumber.optional(),
    motherIdNumber: idNumber.optional(),
  })
  .strict();

export type BirthRequest = z.output<typeof birthRequest>;
