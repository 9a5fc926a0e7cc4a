import { EVENT_TYPES } from '@d06/contracts';
import type { NewEvent } from '@d06/messaging';
import { beneficiaryCode, type Beneficiary } from './beneficiary.entity';

// ce_subject names what the event is about without a personal ID number (the contract's rule): the beneficiary
// code here, the payment reference for payments.

const where = (b: Beneficiary) => ({
  provinceCode: b.provinceCode,
  ...(b.communeCode ? { communeCode: b.communeCode } : {}),
});

export function enrolledEvent(b: Beneficiary, now: Date): NewEvent {
  return {
    type: EVENT_TYPES.SSA_BENEFICIARY_ENROLLED,
    subject: beneficiaryCode(b),
    time: now,
    data: {
      idNumber: b.idNumber,
      beneficiaryCode: beneficiaryCode(b),
      group: b.group,
      category: b.category,
      monthlyAmountVnd: b.monthlyAmountVnd,
      ...where(b),
      occurredAt: now.toISOString(),
    },
  };
}

export function reviewedEvent(
  b: Beneficiary,
  review: { reviewId: string; result: 'match' | 'mismatch'; mismatchedFields: string[] },
  now: Date,
): NewEvent {
  return {
    type: EVENT_TYPES.SSA_BENEFICIARY_REVIEWED,
    subject: beneficiaryCode(b),
    time: now,
    data: {
      idNumber: b.idNumber,
      group: b.group,
      result: review.result,
      mismatchedFields: review.mismatchedFields,
      reviewId: review.reviewId,
      ...where(b),
      occurredAt: now.toISOString(),
    },
  };
}

export function endedEvent(b: Beneficiary, dateOfDeath: string, now: Date): NewEvent {
  return {
    type: EVENT_TYPES.SSA_BENEFICIARY_ENDED,
    subject: beneficiaryCode(b),
    time: now,
    data: {
      idNumber: b.idNumber,
      group: b.group,
      reason: 'deceased',
      dateOfDeath,
      ...where(b),
      occurredAt: now.toISOString(),
    },
  };
}
