import { Inject, Injectable } from '@nestjs/common';
import { qualifiedTable, TransactionalOutbox, type NewEvent } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  BANK_RAIL,
  type BankRail,
  type TransferInstruction,
  type TransferResult,
} from '../bank-rail/bank-rail.port';
import { returnedRows } from '../common/returning';
import { FuneralAllowance } from '../funeral/funeral-allowance.entity';
import { funeralAllowancePaidEvent } from '../funeral/funeral.events';
import { statesBefore, UNSETTLED } from './payment-status';
import { Payment } from './payment.entity';
import { rejectedEvent, succeededEvent } from './payment.events';

/**
 * Hands payments to the bank rail and records the answers, exactly once per payment however often it runs:
 * 1. mark them sent (a crash after this leaves them sent: they will be sent again, with the same reference);
 * 2. the rail books new references and answers known ones from its ledger (no second credit);
 * 3. one transaction moves each payment sent → succeeded | rejected, conditionally, with its event (outbox):
 *    a payment another run already settled is not touched, so its event is not written twice.
 */
@Injectable()
export class PaymentSender {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: TransactionalOutbox,
    @Inject(BANK_RAIL) private readonly rail: BankRail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async send(payments: readonly Payment[]): Promise<void> {
    const unsettled = payments.filter((p) => UNSETTLED.includes(p.status));
    if (unsettled.length === 0) return;
    await this.markSent(unsettled);
    const results = await this.rail.transfer(unsettled.map(instructionOf));
    await this.settle(unsettled, results);
  }

  private async markSent(payments: readonly Payment[]): Promise<void> {
    const { manager } = this.dataSource;
    await manager.query(
      `UPDATE ${qualifiedTable(manager, Payment)}
          SET status = 'sent', attempts = attempts + 1, sent_at = COALESCE(sent_at, $2)
        WHERE reference = ANY($1::varchar[]) AND status = ANY($3::varchar[])`,
      [payments.map((p) => p.reference), this.clock.now(), statesBefore('sent')],
    );
  }

  private async settle(payments: readonly Payment[], results: readonly TransferResult[]): Promise<void> {
    const now = this.clock.now();
    const byReference = new Map(payments.map((p) => [p.reference, p]));
    await this.outbox.run(async ({ manager, publish }) => {
      const moved = returnedRows<{ reference: string }>(
        await manager.query(
          `UPDATE ${qualifiedTable(manager, Payment)} AS p
            SET status = v.status, reject_reason = v.reason, transaction_id = v.transaction_id,
                value_date = v.value_date::date, settled_at = $6
           FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[])
             AS v(reference, status, reason, transaction_id, value_date)
          WHERE p.reference = v.reference AND p.status = ANY($7::varchar[])
          RETURNING p.reference`,
          [
            results.map((r) => r.reference),
            results.map((r) => (r.status === 'credited' ? 'succeeded' : 'rejected')),
            results.map((r) => (r.status === 'rejected' ? r.reason : null)),
            results.map((r) => (r.status === 'credited' ? r.transactionId : null)),
            results.map((r) => (r.status === 'credited' ? r.valueDate : null)),
            now,
            statesBefore('succeeded'),
          ],
        ),
      );
      const settled = new Set(moved.map((row) => row.reference));
      const mine = results.filter((r) => settled.has(r.reference));
      const events: NewEvent[] = mine.map((r) => {
        const payment = byReference.get(r.reference)!;
        return r.status === 'credited'
          ? succeededEvent(payment, r.valueDate, now)
          : rejectedEvent(payment, r.reason, now);
      });
      events.push(...(await this.funeralEvents(manager, mine, byReference, now)));
      await publish(events);
    });
  }

  /** A credited funeral payment completes its allowance: one funeral-allowance.paid with the payment's event. */
  private async funeralEvents(
    manager: EntityManager,
    settled: readonly TransferResult[],
    byReference: ReadonlyMap<string, Payment>,
    now: Date,
  ): Promise<NewEvent[]> {
    const references = settled
      .filter((r) => r.status === 'credited' && byReference.get(r.reference)?.purpose === 'funeral')
      .map((r) => r.reference);
    if (references.length === 0) return [];
    const allowances = await manager.findBy(FuneralAllowance, { paymentReference: In(references) });
    return allowances.map((allowance) =>
      funeralAllowancePaidEvent(allowance, byReference.get(allowance.paymentReference)!.paymentChannel, now),
    );
  }
}

export function instructionOf(payment: Payment): TransferInstruction {
  return {
    reference: payment.reference,
    batchRef: payment.batchId,
    amountVnd: payment.amountVnd,
    paymentChannel: payment.paymentChannel,
    provider: payment.provider,
    accountNumber: payment.accountNumber,
    accountName: payment.accountName,
  };
}
