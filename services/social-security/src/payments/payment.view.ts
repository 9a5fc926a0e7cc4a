import type { PaymentBatch } from './payment-batch.entity';
import { PAYMENT_STATUSES, type PaymentStatus } from './payment-status';
import type { Payment } from './payment.entity';

/** A payment as the API shows it: the account number masked but for its last four digits. */
export function paymentView(p: Payment) {
  return {
    reference: p.reference,
    purpose: p.purpose,
    batchId: p.batchId,
    cycle: p.cycle,
    idNumber: p.idNumber,
    group: p.group,
    amountVnd: p.amountVnd,
    paymentChannel: p.paymentChannel,
    provider: p.provider,
    account: `${'*'.repeat(Math.max(0, p.accountNumber.length - 4))}${p.accountNumber.slice(-4)}`,
    status: p.status,
    rejectReason: p.rejectReason,
    transactionId: p.transactionId,
    valueDate: p.valueDate,
    reversedOn: p.reversedOn,
    reversalReason: p.reversalReason,
    attempts: p.attempts,
  };
}

export type PaymentView = ReturnType<typeof paymentView>;

export function batchView(
  batch: PaymentBatch,
  byStatus: readonly { status: PaymentStatus; count: number; amountVnd: number }[],
) {
  const empty = () => ({ count: 0, amountVnd: 0 });
  const outcomes = Object.fromEntries(PAYMENT_STATUSES.map((s) => [s, empty()])) as Record<
    PaymentStatus,
    { count: number; amountVnd: number }
  >;
  for (const row of byStatus) outcomes[row.status] = { count: row.count, amountVnd: row.amountVnd };
  return {
    batchId: batch.batchId,
    cycle: batch.cycle,
    provinceCode: batch.provinceCode,
    status: batch.status,
    payments: batch.payments,
    totalAmountVnd: batch.totalAmountVnd,
    outcomes,
    createdAt: batch.createdAt,
    startedAt: batch.startedAt,
    completedAt: batch.completedAt,
  };
}

export type BatchView = ReturnType<typeof batchView>;
