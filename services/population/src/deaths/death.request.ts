import { z } from 'zod';

/** A death registration (khai tử) as the civil-status system sends it. */
export const deathRequest = z
  .object({
    idNumber: z.string(),
    dateOfDeath: z.string().date('must be a date (YYYY-MM-DD)'),
  })
  .strict();

export type DeathRequest = z.output<typeof deathRequest>;
