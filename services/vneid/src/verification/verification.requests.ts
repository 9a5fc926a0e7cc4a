import { z } from 'zod';

/** The identity a person presents at a relying party's counter (a bank, a hospital, a one-stop desk). */
export const verificationRequest = z
  .object({
    idNumber: z.string().regex(/^[0-9]{12}$/, 'must be 12 digits'),
    fullName: z.string().trim().min(1).max(200),
    birthDate: z.string().date('must be a date (YYYY-MM-DD)'),
    /** Whether the CCCD chip was read (NFC) rather than only the printed card looked at. */
    chipRead: z.boolean(),
    /** Province (3-digit code) of the verifying agency: the report counts per province. */
    provinceCode: z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit province code'),
  })
  .strict();
export type VerificationRequest = z.output<typeof verificationRequest>;
