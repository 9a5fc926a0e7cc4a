import { z } from 'zod';
import { accountNumberIsWellFormed, PAYMENT_CHANNELS } from '../common/domain-types';

/** An account declared for an ID number: in the VNeID app (channel vneid) or at a counter. */
export const accountDeclaration = z
  .object({
    channel: z.enum(['vneid', 'counter']),
    paymentChannel: z.enum(PAYMENT_CHANNELS),
    provider: z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, 'must be a provider code, e.g. VBA or MOMO'),
    accountNumber: z.string(),
    accountName: z.string().trim().min(1).max(140),
  })
  .strict()
  .superRefine((declaration, ctx) => {
    if (!accountNumberIsWellFormed(declaration.paymentChannel, declaration.accountNumber)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['accountNumber'],
        message:
          declaration.paymentChannel === 'bank-account'
            ? 'a bank account number has 6-19 digits'
            : 'an e-wallet or mobile-money account is a 10-digit phone number starting with 0',
      });
    }
  });

export type AccountDeclaration = z.output<typeof accountDeclaration>;
