import type { StatementEntry } from '../bank-rail/bank-rail.port';
import type { PaymentStatus } from './payment-status';

export const RECONCILIATION_STATUSES = [
  'reconciled-paid',
  'reconciled-rejected',
  'reversed',
  'missing',
  'unexpected',
] as const;
export type ReconciliationStatus = (typeof RECONCILIATION_STATUSES)[number];

export interface BookedPayment {
  readonly reference: string;
  readonly status: PaymentStatus;
  readonly amountVnd: number;
}

export interface ReconciliationLine {
  reference: string;
  status: ReconciliationStatus;
  amountVnd: number;
  /** What disagrees, for missing and unexpected lines. */
  why?: string;
}

export interface Reconciliation {
  totals: Record<ReconciliationStatus, { count: number; amountVnd: number }>;
  statement: {
    credited: { count: number; amountVnd: number };
    reversed: { count: number; amountVnd: number };
  };
  /** Money that stayed with the beneficiaries: credits less reversals, per the statement. */
  netPaidVnd: number;
  /** True when every payment is reconciled-paid, reconciled-rejected or reversed, and the statement has nothing else. */
  exact: boolean;
  lines: ReconciliationLine[];
}

/**
 * Matches a batch's payments against the bank statement, reference by reference:
 * - credited, not reversed, booked succeeded → reconciled-paid; booked rejected and not credited → reconciled-rejected;
 * - credited and reversed (booked succeeded or reversed) → reversed;
 * - booked as paid (or still unanswered) but not credited → missing;
 * - credited or reversed contrary to the books, or a statement line no payment of the batch explains → unexpected.
 */
export function reconcile(
  payments: readonly BookedPayment[],
  entries: readonly StatementEntry[],
): Reconciliation {
  const credits = new Map(entries.filter((e) => e.kind === 'credit').map((e) => [e.reference, e]));
  const reversals = new Map(entries.filter((e) => e.kind === 'reversal').map((e) => [e.reference, e]));
  const lines: ReconciliationLine[] = payments.map((p) =>
    classify(p, credits.has(p.reference), reversals.has(p.reference)),
  );
  const booked = new Set(payments.map((p) => p.reference));
  for (const entry of entries) {
    if (!booked.has(entry.reference)) {
      lines.push({
        reference: entry.reference,
        status: 'unexpected',
        amountVnd: entry.amountVnd,
        why: `a ${entry.kind} of no payment of the batch`,
      });
    }
  }
  const totals = Object.fromEntries(
    RECONCILIATION_STATUSES.map((s) => [s, { count: 0, amountVnd: 0 }]),
  ) as Reconciliation['totals'];
  for (const line of lines) {
    totals[line.status].count += 1;
    totals[line.status].amountVnd += line.amountVnd;
  }
  const sum = (kind: StatementEntry['kind']) => {
    const of = entries.filter((e) => e.kind === kind);
    return { count: of.length, amountVnd: of.reduce((total, e) => total + e.amountVnd, 0) };
  };
  const statement = { credited: sum('credit'), reversed: sum('reversal') };
  return {
    totals,
    statement,
    netPaidVnd: statement.credited.amountVnd - statement.reversed.amountVnd,
    exact: totals.missing.count === 0 && totals.unexpected.count === 0,
    lines,
  };
}

function classify(p: BookedPayment, credited: boolean, reversed: boolean): ReconciliationLine {
  const line = (status: ReconciliationStatus, why?: string): ReconciliationLine => ({
    reference: p.reference,
    status,
    amountVnd: p.amountVnd,
    ...(why ? { why } : {}),
  });
  const paidInBooks = p.status === 'succeeded' || p.status === 'reversed';
  if (reversed && !credited) return line('unexpected', 'a reversal without its credit');
  if (credited && !paidInBooks) return line('unexpected', `credited by the bank, ${p.status} in the books`);
  if (credited && reversed) return line('reversed');
  if (credited) {
    return p.status === 'succeeded'
      ? line('reconciled-paid')
      : line('unexpected', 'reversed in the books only');
  }
  if (p.status === 'rejected') return line('reconciled-rejected');
  return line('missing', paidInBooks ? 'paid in the books, not on the statement' : `still ${p.status}`);
}
