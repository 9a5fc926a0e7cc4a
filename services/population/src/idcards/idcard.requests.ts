import { z } from 'zod';

export const idCardApplicationRequest = z
  .object({
    idNumber: z.string(),
    channel: z.enum(['online', 'counter']),
  })
  .strict();

export type IdCardApplicationRequest = z.output<typeof idCardApplicationRequest>;

export const applicationIdParam = z.string().uuid('must be an application id (UUID)');
