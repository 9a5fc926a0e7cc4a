import type { BhytLookupPerformedV1 } from '@d06/contracts';
import type { BhytCardCodeValidation, BhytCheckResultCode, BhytCardCodeRule } from '@d06/domain';
import type { CardRecord, CardView } from '../registry/card-view';
import type { CardReduction } from '../registry/card.entity';

export type LookupMethod = 'cccd' | 'card-code';

/** Why a lookup did not succeed (the lookup event's `reason`): the contract's list, not a copy of it. */
export type LookupReason = NonNullable<BhytLookupPerformedV1['reason']>;

/** What the hospital presented: the CCCD number, or the card code as parsed (or rejected) by the domain kit. */
export type PresentedCard =
  { readonly method: 'cccd' } | { readonly method: 'card-code'; readonly code: BhytCardCodeValidation };

export interface CardCheckQuery {
  readonly presented: PresentedCard;
  readonly fullName: string;
  readonly birthDate: string;
}

export interface CardCheckDecision {
  readonly resultCode: BhytCheckResultCode;
  /** The holder has a valid card now: 000, or 003/004 (the replaced card presented, the new one valid). */
  readonly success: boolean;
  readonly reason?: LookupReason;
  /** The holder's current card, when one was found. */
  readonly card?: CardRecord;
  /** The replaced card presented (003/004). */
  readonly oldCardCode?: string;
}

const RULE_REASONS: Readonly<Record<BhytCardCodeRule, LookupReason>> = {
  length: 'wrong-card-code',
  group: 'wrong-card-code',
  'benefit-level': 'wrong-benefit-code',
  province: 'wrong-province-code',
  'social-insurance-number': 'wrong-card-code',
};

const REDUCTION_CODES: Readonly<Record<CardReduction, BhytCheckResultCode>> = {
  stopped: '120',
  deceased: '120',
  'moved-out': '121',
  'moved-within': '122',
};

/**
 * BHXH's check of a card at check-in, in order: the card code's shape (051/052/053), a card found (050), the
 * presented code against the holder's cards (051/052/053 when it is none of them), the holder's name (060/061)
 * and birth date (070), the card's status (110, 120–122) and validity on `today` (010), then 003/004 for a
 * replaced card presented, else 000. `view` is null when no participant was found (for a CCCD lookup, when
 * none is linked to the number).
 */
export function decideCardCheck(
  query: CardCheckQuery,
  view: CardView | null,
  today: string,
): CardCheckDecision {
  const { presented } = query;
  if (presented.method === 'card-code' && !presented.code.ok) {
    return fail(presented.code.resultCode, RULE_REASONS[presented.code.rule]);
  }
  if (!view) return fail('050', 'card-not-found');

  let old: CardRecord | undefined;
  const code = presented.method === 'card-code' && presented.code.ok ? presented.code.value.code : undefined;
  if (code !== undefined && code !== view.card.code) {
    old = view.replaced.find((card) => card.code === code);
    if (!old) return wrongPart(code, view.card.code);
  }

  const name = compareNames(query.fullName, view.fullName);
  if (name === 'different') return fail('060', 'name-mismatch', view.card);
  if (name === 'first-character') return fail('061', 'name-mismatch-first-character-right', view.card);
  if (query.birthDate !== view.birthDate) return fail('070', 'birth-date-mismatch', view.card);

  const { card } = view;
  if (card.status === 'revoked') return fail('110', 'card-revoked', card);
  if (card.status === 'reduced') {
    const reduction = card.reduction ?? 'stopped';
    return fail(
      REDUCTION_CODES[reduction],
      reduction === 'deceased' ? 'holder-deceased' : 'card-reduced',
      card,
    );
  }
  if (today < card.validFrom) return fail('010', 'card-not-yet-valid', card);
  if (today > card.validTo) return fail('010', 'card-expired', card);

  if (old) {
    return { resultCode: old.validTo < today ? '003' : '004', success: true, card, oldCardCode: old.code };
  }
  return { resultCode: '000', success: true, card };
}

/** A well-formed code that is not the holder's: which part is wrong (group 051, level 053, province 052). */
function wrongPart(presented: string, current: string): CardCheckDecision {
  if (presented.slice(0, 2) !== current.slice(0, 2)) return fail('051', 'wrong-card-code');
  if (presented[2] !== current[2]) return fail('053', 'wrong-benefit-code');
  return fail('052', 'wrong-province-code');
}

/** Names compare equal up to case, spacing and Unicode normalisation; else whether the first character agrees. */
export function compareNames(presented: string, held: string): 'same' | 'first-character' | 'different' {
  const a = normaliseName(presented);
  const b = normaliseName(held);
  if (a === b) return 'same';
  return a.charAt(0) === b.charAt(0) ? 'first-character' : 'different';
}

function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

function fail(resultCode: BhytCheckResultCode, reason: LookupReason, card?: CardRecord): CardCheckDecision {
  return { resultCode, success: false, reason, ...(card ? { card } : {}) };
}
