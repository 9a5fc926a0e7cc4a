import { Inject, Injectable } from '@nestjs/common';
import { formatVietnamDate } from '@d06/domain';
import { qualifiedTable, TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource, In } from 'typeorm';
import { BANK_RAIL, type BankRail, type StatementEntry } from '../bank-rail/bank-rail.port';
import { returnedRows } from '../common/returning';
import { SocialSecurityError } from '../social-security.errors';
import { PaymentBatchService } from './payment-batch.service';
import { statesBefore, type PaymentStatus } from './payment-status';
import { Payment } from './payment.entity';
import { reversedEvent } from './payment.events';
import { reconcile, type Reconciliation, type ReconciliationLine } from './reconciliation';

const MAX_LINES = 1_000;

export type ReconciliationReport = Omit<Reconciliation, 'lines'> & {
  batchId: string;
  cycle: string;
  provinceCode: string;
  statementFrom: string;
  statementTo: string;
  payments: number;
  /** The lines that are not plainly paid or rejected (reversed, missing, unexpected), at most 1 000. */
  exceptions: ReconciliationLine[];
};

/**
 * Reconciles a batch with the bank statement from its first day to the rail's today: reversals on the statement
 * are applied first (succeeded → reversed, with payment.reversed, once: a second run finds them reversed), then
 * every payment is matched. Reversals appear only once business time has reached their day.
 */
@Injectable()
export class ReconciliationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly batches: PaymentBatchService,
    @Inject(BANK_RAIL) private readonly rail: BankRail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async reconcile(batchId: string): Promise<ReconciliationReport> {
    const batch = await this.batches.require(batchId);
    if (!batch.startedAt) throw new SocialSecurityError('BATCH_NOT_STARTED');
    const statementFrom = formatVietnamDate(batch.startedAt);
    const statementTo = this.rail.today();
    const entries = await this.rail.statement({ from: statementFrom, to: statementTo, batchRef: batchId });
    await this.applyReversals(entries.filter((e) => e.kind === 'reversal'));
    const { manager } = this.dataSource;
    const booked = await manager.query<{ reference: string; status: PaymentStatus; amount: string }[]>(
      `SELECT reference, status, amount_vnd::text AS amount FROM ${qualifiedTable(manager, Payment)}
        WHERE batch_id = $1 ORDER BY reference`,
      [batchId],
    );
    const { lines, ...result } = reconcile(
      booked.map((row) => ({ reference: row.reference, status: row.status, amountVnd: Number(row.amount) })),
      entries,
    );
    return {
      batchId,
      cycle: batch.cycle,
      provinceCode: batch.provinceCode,
      statementFrom,
      statementTo,
      payments: booked.length,
      ...result,
      exceptions: lines.filter((line) => !line.status.startsWith('reconciled-')).slice(0, MAX_LINES),
    };
  }

  private async applyReversals(reversals: readonly StatementEntry[]): Promise<void> {
    if (reversals.length === 0) return;
    const now = this.clock.now();
    await this.outbox.run(async ({ manager, publish }) => {
      const moved = returnedRows<{ reference: string }>(
        await manager.query(
          `UPDATE ${qualifiedTable(manager, Payment)} AS p
            SET status = 'reversed', reversed_on = v.reversed_on::date, reversal_reason = v.reason
           FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) AS v(reference, reversed_on, reason)
          WHERE p.reference = v.reference AND p.status = ANY($4::varchar[])
          RETURNING p.reference`,
          [
            reversals.map((r) => r.reference),
            reversals.map((r) => r.date),
            reversals.map((r) => r.reversalReason ?? 'returned-by-bank'),
            statesBefore('reversed'),
          ],
        ),
      );
      if (moved.length === 0) return;
      const payments = await manager.findBy(Payment, { reference: In(moved.map((row) => row.reference)) });
      await publish(payments.map((p) => reversedEvent(p, p.reversedOn!, p.reversalReason!, now)));
    });
  }
}
