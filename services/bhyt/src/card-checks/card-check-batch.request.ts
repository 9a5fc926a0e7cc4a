import { z } from 'zod';

/** Most checks in one batch: a facility's list, not a registry dump. */
export const CARD_CHECK_BATCH_MAX = 500;

/**
 * A facility system's list of check-in lookups sent at once (BHXH's portal takes lists as well as single cards).
 * Only the envelope is checked here: each item is a lookup of its own, checked, answered — or refused — and recorded
 * exactly as `POST /v1/card-checks` would.
 */
export const cardCheckBatchRequest = z
  .object({
    checks: z
      .array(z.unknown())
      .min(1, 'must hold at least one check')
      .max(CARD_CHECK_BATCH_MAX, `must hold at most ${CARD_CHECK_BATCH_MAX} checks`),
  })
  .strict();
