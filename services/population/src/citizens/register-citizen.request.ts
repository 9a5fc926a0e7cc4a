import { z } from 'zod';

/**
 * Body of POST /v1/citizens: entering a person who already holds a personal ID number into the register (data
 * collection, migration between provinces). Newborns get their number from POST /v1/births instead.
 */
export const registerCitizenRequest = z
  .object({
    idNumber: z.string(),
    fullName: z.string().trim().min(1).max(200),
    birthDate: z.string().date('must be a date (YYYY-MM-DD)'),
    sex: z.enum(['male', 'female']),
    ethnicity: z.string().trim().min(1).max(40).default('Kinh'),
    hometownProvince: z
      .string()
      .regex(/^[0-9]{3}$/, 'must be a 3-digit province code')
      .optional(),
  })
  .strict();

export type RegisterCitizenRequest = z.output<typeof registerCitizenRequest>;
