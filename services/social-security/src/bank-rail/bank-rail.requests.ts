import { z } from 'zod';

const share = z.number().min(0).max(1);

/** A change of the simulated bank's fault injection; what is left out stays as it is. */
export const railSettingsRequest = z
  .object({
    seed: z.number().int().min(0).max(0xffffffff).optional(),
    latencyMs: z
      .object({ min: z.number().int().min(0).max(60_000), max: z.number().int().min(0).max(60_000) })
      .strict()
      .refine((range) => range.min <= range.max, { message: 'min must not exceed max', path: ['max'] })
      .optional(),
    rejectionRates: z
      .object({ 'invalid-account': share, 'closed-account': share, 'name-mismatch': share })
      .strict()
      .refine((rates) => Object.values(rates).reduce((sum, rate) => sum + rate, 0) <= 1, {
        message: 'the rates add up to more than 1',
      })
      .optional(),
    reversalRate: share.optional(),
    reversalDays: z.number().int().min(1).max(30).optional(),
  })
  .strict();

export type RailSettingsRequest = z.output<typeof railSettingsRequest>;

export const statementDate = z.string().date('must be a date (YYYY-MM-DD)');
