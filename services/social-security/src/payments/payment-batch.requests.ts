import { z } from 'zod';
import { PAYMENT_STATUSES } from './payment-status';

export const batchRequest = z
  .object({
    cycle: z.string().regex(/^20[0-9]{2}-(0[1-9]|1[0-2])$/, 'must be a month, YYYY-MM'),
    provinceCode: z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit province code'),
  })
  .strict();
export type BatchRequest = z.output<typeof batchRequest>;

export const paymentListQuery = z
  .object({
    status: z.enum(PAYMENT_STATUSES).optional(),
    after: z.string().max(35).optional(),
    limit: z.coerce.number().int().min(1).max(1_000).default(100),
  })
  .strict();
export type PaymentListQuery = z.output<typeof paymentListQuery>;
