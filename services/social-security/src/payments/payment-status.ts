/**
 * A payment's life: pending (made up) → sent (handed to the rail, maybe more than once) → succeeded | rejected
 * (the rail's answer) → reversed (a credit that came back on a later statement). Every change is a conditional
 * update from the states listed here, so a change applied once cannot be applied again: a resend, a redelivery or
 * a second replica finds the payment already moved and changes nothing.
 */
export const PAYMENT_STATUSES = ['pending', 'sent', 'succeeded', 'rejected', 'reversed'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

const NEXT: { readonly [S in PaymentStatus]: readonly PaymentStatus[] } = {
  pending: ['sent'],
  // sent → sent: handed to the rail again (after a crash, or by a second replica); same reference, same answer
  sent: ['sent', 'succeeded', 'rejected'],
  succeeded: ['reversed'],
  rejected: [],
  reversed: [],
};

export function canMove(from: PaymentStatus, to: PaymentStatus): boolean {
  return NEXT[from].includes(to);
}

/** The states a payment may move to `to` from: the WHERE clause of the conditional update. */
export function statesBefore(to: PaymentStatus): PaymentStatus[] {
  return PAYMENT_STATUSES.filter((from) => canMove(from, to));
}

/** Not yet answered by the rail: what a (resumed) disbursement still has to send. */
export const UNSETTLED: readonly PaymentStatus[] = ['pending', 'sent'];
