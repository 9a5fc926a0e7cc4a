import { z } from 'zod';

/** The most lookups a list may hold. */
export const CITIZEN_LOOKUPS_MAX = 500;

/**
 * Several citizens read in one call (a one-stop system pre-filling a list of dossiers): each item an ID number and
 * the dossier it is read for (audited with it; else the caller's x-dossier-code). An ID number that breaks the
 * rules is that item's 400, not the list's.
 */
export const citizenLookupsRequest = z
  .object({
    lookups: z
      .array(
        z
          .object({ idNumber: z.string().max(20), dossierCode: z.string().min(1).max(60).optional() })
          .strict(),
      )
      .min(1, 'must hold at least one lookup')
      .max(CITIZEN_LOOKUPS_MAX, `must hold at most ${CITIZEN_LOOKUPS_MAX} lookups`),
  })
  .strict();

export type CitizenLookupItem = z.output<typeof citizenLookupsRequest>['lookups'][number];
