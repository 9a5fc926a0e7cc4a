import { z } from 'zod';

/** PUT /v1/clock: what to change; applied in this order — jump to `at`, then `speed`, then pause or resume. */
export const clockChangeSchema = z
  .object({
    at: z
      .string()
      .datetime({ offset: true, message: 'must be an RFC 3339 date-time, e.g. 2023-09-01T08:00:00+07:00' })
      .optional()
      .describe('business time to jump to (forward only)'),
    speed: z
      .number()
      .positive()
      .max(100_000_000)
      .optional()
      .describe('business ms per real ms (60 = a business minute per real second)'),
    paused: z.boolean().optional().describe('true pauses business time, false resumes it'),
  })
  .strict()
  .refine((change) => Object.values(change).some((value) => value !== undefined), {
    message: 'give at least one of at, speed, paused',
  });

export type ClockChange = z.output<typeof clockChangeSchema>;
