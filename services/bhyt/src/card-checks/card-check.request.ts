import { z } from 'zod';

/**
 * A hospital's check-in lookup: the patient's chip ID card number (CCCD) or BHYT card code, with the name and
 * birth date the facility holds. The card code is only trimmed and upper-cased here: a malformed one is a lookup
 * answered 051/052/053, not a malformed request. The ID number's own rules are checked after this (a 400 naming
 * the rule broken).
 */
export const cardCheckRequest = z
  .object({
    facilityCode: z.string().regex(/^[0-9]{5}$/, 'must be the 5-digit facility code'),
    idNumber: z.string().trim().max(40).optional(),
    cardCode: z
      .string()
      .trim()
      .min(1)
      .max(32)
      .transform((code) => code.toUpperCase())
      .optional(),
    fullName: z.string().trim().min(1).max(200),
    birthDate: z.string().date('must be a date (YYYY-MM-DD)'),
  })
  .strict()
  .refine((body) => (body.idNumber === undefined) !== (body.cardCode === undefined), {
    message: 'give either idNumber (the CCCD number) or cardCode, not both',
    path: ['idNumber'],
  });

export type CardCheckRequest = z.output<typeof cardCheckRequest>;

/** What a refused request's lookup event can still say about it, read defensively from the raw body. */
export function rawLookupFacts(body: unknown): {
  method?: 'cccd' | 'card-code';
  idNumber?: string;
  presentedCardCode?: string;
  facilityCode?: string;
} {
  const field = (name: string): string | undefined => {
    const value = (body as Record<string, unknown> | null | undefined)?.[name];
    return typeof value === 'string' ? value.trim() : undefined;
  };
  const idNumber = field('idNumber');
  const cardCode = field('cardCode')?.toUpperCase();
  const facilityCode = field('facilityCode');
  return {
    ...(idNumber !== undefined
      ? { method: 'cccd' as const }
      : cardCode !== undefined
        ? { method: 'card-code' as const }
        : {}),
    ...(idNumber && /^[0-9]{12}$/.test(idNumber) ? { idNumber } : {}),
    ...(cardCode && /^[A-Z0-9]{15}$/.test(cardCode) ? { presentedCardCode: cardCode } : {}),
    ...(facilityCode && /^[0-9]{5}$/.test(facilityCode) ? { facilityCode } : {}),
  };
}
