import { z } from 'zod';

/** A facility's insurance claim for a visit on a card (hồ sơ đề nghị thanh toán BHYT). */
export const claimRequest = z
  .object({
    /** The facility's own reference of the claim: sending it again changes nothing. */
    claimRef: z.string().trim().min(1).max(60),
    facilityCode: z.string().regex(/^[0-9]{5}$/, 'must be the 5-digit facility code'),
    cardCode: z
      .string()
      .trim()
      .transform((code) => code.toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}[1-5][0-9]{12}$/, 'must be a 15-character BHYT card code')),
    kind: z.enum(['outpatient', 'inpatient']).default('outpatient'),
    visitDate: z.string().date('must be a date (YYYY-MM-DD)'),
    amountVnd: z.number().int().min(1).max(10_000_000_000),
  })
  .strict();

export type ClaimRequest = z.output<typeof claimRequest>;
