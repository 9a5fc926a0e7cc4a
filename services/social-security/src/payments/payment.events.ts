import { EVENT_TYPES } from '@d06/contracts';
import type { NewEvent } from '@d06/messaging';
import type { Payment } from './payment.entity';

/** What every payment event says about the payment (no account number: the events feed statistics). */
function common(p: Payment) {
  return {
    idNumber: p.idNumber,
    reference: p.reference,
    purpose: p.purpose,
    ...(p.batchId ? { batchId: p.batchId } : {}),
    ...(p.cycle ? { cycle: p.cycle } : {}),
    group: p.group,
    amountVnd: p.amountVnd,
    paymentChannel: p.paymentChannel,
    provider: p.provider,
    provinceCode: p.provinceCode,
    ...(p.communeCode ? { communeCode: p.communeCode } : {}),
  };
}

export function succeededEvent(p: Payment, valueDate: string, now: Date): NewEvent {
  return {
    type: EVENT_TYPES.SSA_PAYMENT_SUCCEEDED,
    subject: p.reference,
    time: now,
    data: { ...common(p), valueDate, occurredAt: now.toISOString() },
  };
}

export function rejectedEvent(p: Payment, reason: string, now: Date): NewEvent {
  return {
    type: EVENT_TYPES.SSA_PAYMENT_REJECTED,
    subject: p.reference,
    time: now,
    data: { ...common(p), reason, occurredAt: now.toISOString() },
  };
}

export function reversedEvent(p: Payment, reversedOn: string, reversalReason: string, now: Date): NewEvent {
  return {
    type: EVENT_TYPES.SSA_PAYMENT_REVERSED,
    subject: p.reference,
    time: now,
    data: {
      ...common(p),
      valueDate: p.valueDate,
      reversedOn,
      reversalReason,
      occurredAt: now.toISOString(),
    },
  };
}
