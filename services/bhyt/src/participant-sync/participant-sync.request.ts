import { z } from 'zod';

/** A sync run: verify a province's participants against the population register, in batches. */
export const participantSyncRequest = z
  .object({
    provinceCode: z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit province code'),
    /** unlinked: participants not yet linked to their ID number; all: every participant with an ID number. */
    scope: z.enum(['unlinked', 'all']).default('unlinked'),
    /** Most participants this run sends; call again for the rest (`remaining`). */
    limit: z.number().int().min(1).max(1_000_000).default(100_000),
  })
  .strict();

export type ParticipantSyncRequest = z.output<typeof participantSyncRequest>;
