import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { qualifiedTable, TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { batchTotals, type OutcomeRow } from './batch-totals';
import { UNSETTLED, type PaymentStatus } from './payment-status';
import { PaymentBatch } from './payment-batch.entity';
import { Payment } from './payment.entity';

/** Closes a batch once every payment has the rail's answer: status completed and batch.completed, once. */
@Injectable()
export class BatchCompletion {
  constructor(
    private readonly outbox: TransactionalOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** True when this call completed the batch; false when it was completed already or still has payments out. */
  complete(batchId: string): Promise<boolean> {
    return this.outbox.run(async ({ manager, publish }) => {
      const batch = await manager.findOne(PaymentBatch, {
        where: { batchId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!batch || batch.status !== 'running') return false;
      const rows = await manager.query<
        {
          status: PaymentStatus;
          reject_reason: string | null;
          group: OutcomeRow['group'];
          n: number;
          amount: string;
        }[]
      >(
        `SELECT status, reject_reason, beneficiary_group AS "group", count(*)::int AS n, sum(amount_vnd)::text AS amount
           FROM ${qualifiedTable(manager, Payment)} WHERE batch_id = $1 GROUP BY 1, 2, 3`,
        [batchId],
      );
      if (rows.some((row) => UNSETTLED.includes(row.status))) return false;
      const totals = batchTotals(
        rows.map((row) => ({
          status: row.status,
          rejectReason: row.reject_reason,
          group: row.group,
          count: row.n,
          amountVnd: Number(row.amount),
        })),
      );
      const now = this.clock.now();
      await manager.update(PaymentBatch, { batchId }, { status: 'completed', completedAt: now });
      await publish([
        {
          type: EVENT_TYPES.SSA_BATCH_COMPLETED,
          time: now,
          data: {
            batchId,
            cycle: batch.cycle,
            provinceCode: batch.provinceCode,
            ...totals,
            startedAt: (batch.startedAt ?? now).toISOString(),
            occurredAt: now.toISOString(),
          },
        },
      ]);
      return true;
    });
  }
}
