import { REJECTION_REASONS, type RejectionReason } from '../bank-rail/bank-rail.port';
import { groupKey, type BeneficiaryGroup } from '../common/domain-types';
import type { PaymentStatus } from './payment-status';

/** One line of `SELECT status, reject_reason, group, count, sum(amount) … GROUP BY` over a batch's payments. */
export interface OutcomeRow {
  readonly status: PaymentStatus;
  readonly rejectReason: string | null;
  readonly group: BeneficiaryGroup;
  readonly count: number;
  readonly amountVnd: number;
}

export interface Tally {
  count: number;
  amountVnd: number;
}

export interface BatchTotals {
  payments: number;
  succeeded: Tally;
  rejected: Tally;
  rejectedByReason: Record<RejectionReason, number>;
  succeededByGroup: { socialAssistance: Tally; meritorious: Tally };
}

/**
 * The totals of a batch whose payments all have the rail's answer. A payment reversed since counts as succeeded:
 * the rail did credit it (the reversal is its own event).
 */
export function batchTotals(rows: readonly OutcomeRow[]): BatchTotals {
  const totals: BatchTotals = {
    payments: 0,
    succeeded: { count: 0, amountVnd: 0 },
    rejected: { count: 0, amountVnd: 0 },
    rejectedByReason: Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<
      RejectionReason,
      number
    >,
    succeededByGroup: {
      socialAssistance: { count: 0, amountVnd: 0 },
      meritorious: { count: 0, amountVnd: 0 },
    },
  };
  for (const row of rows) {
    totals.payments += row.count;
    if (row.status === 'succeeded' || row.status === 'reversed') {
      add(totals.succeeded, row);
      add(totals.succeededByGroup[groupKey(row.group)], row);
    } else if (row.status === 'rejected') {
      add(totals.rejected, row);
      totals.rejectedByReason[row.rejectReason as RejectionReason] += row.count;
    } else {
      throw new Error(`batch totals asked while ${row.count} payment(s) are still ${row.status}`);
    }
  }
  return totals;
}

function add(tally: Tally, row: OutcomeRow): void {
  tally.count += row.count;
  tally.amountVnd += row.amountVnd;
}
