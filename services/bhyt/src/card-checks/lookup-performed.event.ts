import { EVENT_TYPES, type BhytLookupPerformedV1 } from '@d06/contracts';
import type { BhytCheckResultCode } from '@d06/domain';
import type { NewEvent } from '@d06/messaging';
import type { LookupMethod, LookupReason } from './card-check-decision';

/** What one call of POST /v1/card-checks amounted to, answered or refused. */
export interface LookupFacts {
  readonly method?: LookupMethod;
  /** The holder's (or the looked-up) personal ID number, when well-formed and known. */
  readonly idNumber?: string;
  /** The card code presented, as sent (upper-cased). */
  readonly presentedCardCode?: string;
  readonly facilityCode?: string;
  readonly provinceCode?: string;
  readonly resultCode: BhytCheckResultCode;
  readonly success: boolean;
  readonly refused: boolean;
  readonly reason?: LookupReason;
  readonly cardCode?: string;
  readonly oldCardCode?: string;
}

const KEY_SHAPE = /^[A-Za-z0-9-]{1,40}$/;

/** The lookup.performed event: keyed by the holder's ID number, else the card code, else the facility. */
export function lookupPerformedEvent(facts: LookupFacts, now: Date): NewEvent<BhytLookupPerformedV1> {
  const subjectKey =
    [facts.idNumber, facts.presentedCardCode, facts.facilityCode].find(
      (key): key is string => key !== undefined && KEY_SHAPE.test(key),
    ) ?? 'unidentified';
  return {
    type: EVENT_TYPES.BHYT_LOOKUP_PERFORMED,
    time: now,
    data: {
      subjectKey,
      ...(facts.method ? { method: facts.method } : {}),
      ...(facts.idNumber ? { idNumber: facts.idNumber } : {}),
      ...(facts.cardCode ? { cardCode: facts.cardCode } : {}),
      ...(facts.oldCardCode ? { oldCardCode: facts.oldCardCode } : {}),
      ...(facts.facilityCode ? { facilityCode: facts.facilityCode } : {}),
      ...(facts.provinceCode ? { provinceCode: facts.provinceCode } : {}),
      resultCode: facts.resultCode,
      success: facts.success,
      refused: facts.refused,
      ...(facts.reason ? { reason: facts.reason } : {}),
      occurredAt: now.toISOString(),
    },
  };
}
