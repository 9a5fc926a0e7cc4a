import type { StatementEntry } from '../bank-rail/bank-rail.port';
import { reconcile, type BookedPayment } from './reconciliation';

const credit = (reference: string, amountVnd: number): StatementEntry => ({
  date: '2024-09-09',
  kind: 'credit',
  reference,
  batchRef: 'b1',
  amountVnd,
  transactionId: `FT-${reference}`,
});
const reversal = (reference: string, amountVnd: number): StatementEntry => ({
  ...credit(reference, amountVnd),
  date: '2024-09-11',
  kind: 'reversal',
  reversalReason: 'account-closed',
});
const paid = (reference: string, status: BookedPayment['status'], amountVnd = 100): BookedPayment => ({
  reference,
  status,
  amountVnd,
});

describe('reconcile', () => {
  it('matches paid, rejected and reversed payments exactly, with totals in VND', () => {
    const result = reconcile(
      [paid('A', 'succeeded', 500), paid('B', 'rejected', 300), paid('C', 'reversed', 200)],
      [credit('A', 500), credit('C', 200), reversal('C', 200)],
    );
    expect(result.exact).toBe(true);
    expect(result.totals).toEqual({
      'reconciled-paid': { count: 1, amountVnd: 500 },
      'reconciled-rejected': { count: 1, amountVnd: 300 },
      reversed: { count: 1, amountVnd: 200 },
      missing: { count: 0, amountVnd: 0 },
      unexpected: { count: 0, amountVnd: 0 },
    });
    expect(result.statement).toEqual({
      credited: { count: 2, amountVnd: 700 },
      reversed: { count: 1, amountVnd: 200 },
    });
    expect(result.netPaidVnd).toBe(500);
  });

  it('finds a payment booked as paid the statement lacks, and one still unanswered, missing', () => {
    const result = reconcile([paid('A', 'succeeded'), paid('B', 'sent')], []);
    expect(result.exact).toBe(false);
    expect(result.lines.map((l) => [l.reference, l.status, l.why])).toEqual([
      ['A', 'missing', 'paid in the books, not on the statement'],
      ['B', 'missing', 'still sent'],
    ]);
  });

  it('finds credits contrary to the books, reversals without a credit and strangers unexpected', () => {
    const result = reconcile(
      [paid('A', 'rejected'), paid('B', 'succeeded'), paid('C', 'reversed')],
      [credit('A', 100), reversal('B', 100), credit('C', 100), credit('Z', 999)],
    );
    expect(result.lines.map((l) => [l.reference, l.status])).toEqual([
      ['A', 'unexpected'],
      ['B', 'unexpected'],
      ['C', 'unexpected'],
      ['Z', 'unexpected'],
    ]);
    expect(result.totals.unexpected).toEqual({ count: 4, amountVnd: 1_299 });
  });

  it('treats a reversal on the statement of a payment still booked as succeeded as reversed', () => {
    const result = reconcile([paid('A', 'succeeded')], [credit('A', 100), reversal('A', 100)]);
    expect(result.lines[0].status).toBe('reversed');
    expect(result.exact).toBe(true);
  });
});
