import { EVENT_TYPES } from '@d06/contracts';
import { waitFor } from '@d06/testing';
import { BANK_RAIL, type BankRail } from '../src';
import type { SuiteContext } from './suite-context';

const DAY = 24 * 3_600_000;

/** A monthly batch with injected rejections and reversals, sent, completed and reconciled with the statement. */
export function disbursementCases(context: SuiteContext): void {
  let batchId: string;
  let payments: number;

  const ledger = () =>
    context.ssa.query<{
      reference: string;
      status: string;
      reason: string | null;
      amount: string;
      due: string | null;
    }>(
      `SELECT reference, status, reason, amount_vnd::text AS amount, to_char(reversal_due_on, 'YYYY-MM-DD') AS due
         FROM $rail.rail_transfers WHERE batch_ref = $1 ORDER BY reference`,
      [batchId],
    );
  const reconcile = async () => {
    const response = await context.ssa.call(
      'POST',
      `/v1/payment-batches/${batchId}/reconciliation`,
      'social',
    );
    expect(response.status).toBe(200);
    return response.body;
  };

  describe('monthly payment batch', () => {
    beforeAll(async () => {
      const faults = {
        rejectionRates: { 'invalid-account': 0.05, 'closed-account': 0.05, 'name-mismatch': 0.05 },
        reversalRate: 0.15,
        reversalDays: 2,
      };
      expect((await context.ssa.call('PUT', '/v1/bank-rail/settings', 'social', faults)).status).toBe(200);
    });

    it('makes up one batch per month and province, of the beneficiaries with an active account', async () => {
      const [{ n: eligible }] = await context.ssa.query(
        `SELECT count(*)::int AS n FROM $schema.beneficiaries b
           JOIN $schema.account_links a ON a.id_number = b.id_number AND a.status = 'active'
          WHERE b.status = 'active' AND b.province_code = '038'`,
      );
      const created = await context.ssa.call('POST', '/v1/payment-batches', 'social', {
        cycle: '2024-09',
        provinceCode: '038',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'created', payments: eligible });
      expect(eligible).toBeGreaterThan(40);
      ({ batchId, payments } = created.body);
      const again = await context.ssa.call('POST', '/v1/payment-batches', 'social', {
        cycle: '2024-09',
        provinceCode: '038',
      });
      expect(again.status).toBe(200);
      expect(again.body.batchId).toBe(batchId);
      const future = await context.ssa.call('POST', '/v1/payment-batches', 'social', {
        cycle: '2024-10',
        provinceCode: '038',
      });
      expect(future.status).toBe(422);
      expect(future.body.code).toBe('CYCLE_IN_FUTURE');
      const early = await context.ssa.call('POST', `/v1/payment-batches/${batchId}/reconciliation`, 'social');
      expect(early.status).toBe(409);
    });

    it('pays every payment once: succeeded or rejected with the reason the bank gave, one event each', async () => {
      expect(
        (await context.ssa.call('POST', `/v1/payment-batches/${batchId}/disbursement`, 'social')).status,
      ).toBe(202);
      const done = await waitFor(
        async () => {
          const batch = await context.ssa.call('GET', `/v1/payment-batches/${batchId}`, 'social');
          return batch.body.status === 'completed' && batch.body;
        },
        { timeoutMs: 60_000, message: 'batch completed' },
      );
      const rail = await ledger();
      const credited = rail.filter((r) => r.status === 'credited');
      const rejected = rail.filter((r) => r.status === 'rejected');
      expect(rail).toHaveLength(payments);
      expect(rejected.length).toBeGreaterThan(0);
      expect(done.outcomes.succeeded.count).toBe(credited.length);
      expect(done.outcomes.rejected.count).toBe(rejected.length);
      expect(done.outcomes.succeeded.amountVnd).toBe(credited.reduce((s, r) => s + Number(r.amount), 0));

      const ofBatch = (d: any) => d.batchId === batchId;
      const succeeded = await context.ssa.eventsOf(
        EVENT_TYPES.SSA_PAYMENT_SUCCEEDED,
        credited.length,
        ofBatch,
      );
      const refused = await context.ssa.eventsOf(EVENT_TYPES.SSA_PAYMENT_REJECTED, rejected.length, ofBatch);
      expect(succeeded.map((e) => e.data!.reference).sort()).toEqual(credited.map((r) => r.reference));
      expect(succeeded.every((e) => e.subject === e.data!.reference)).toBe(true);
      expect(Object.fromEntries(refused.map((e) => [e.data!.reference, e.data!.reason]))).toEqual(
        Object.fromEntries(rejected.map((r) => [r.reference, r.reason])),
      );
      const [completed] = await context.ssa.eventsOf(EVENT_TYPES.SSA_BATCH_COMPLETED, 1, ofBatch);
      expect(completed.data).toMatchObject({
        payments,
        succeeded: { count: credited.length, amountVnd: done.outcomes.succeeded.amountVnd },
        rejected: { count: rejected.length },
      });
      const byGroup = completed.data!.succeededByGroup;
      expect(byGroup.socialAssistance.count + byGroup.meritorious.count).toBe(credited.length);
    });

    it('changes nothing when the disbursement is asked for again', async () => {
      const before = context.ssa.distinct().length;
      const again = await context.ssa.call('POST', `/v1/payment-batches/${batchId}/disbursement`, 'social');
      expect(again.body.status).toBe('completed');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(context.ssa.distinct()).toHaveLength(before);
      const [{ n }] = await context.ssa.query(
        `SELECT count(*)::int AS n FROM $rail.rail_requests WHERE outcome <> 'new'`,
      );
      expect(n).toBe(0);
    });

    it('reconciles exactly on the day: no reversal has arrived yet', async () => {
      const report = await reconcile();
      const rail = await ledger();
      expect(report.exact).toBe(true);
      expect(report.totals['reconciled-paid'].count).toBe(rail.filter((r) => r.status === 'credited').length);
      expect(report.totals['reconciled-rejected'].count).toBe(
        rail.filter((r) => r.status === 'rejected').length,
      );
      expect(report.totals.reversed.count).toBe(0);
      expect(report.statementTo).toBe('2024-09-09');
    });

    it('applies the reversals that arrive two business days later, once, and still reconciles exactly', async () => {
      const due = (await ledger()).filter((r) => r.due !== null);
      expect(due.length).toBeGreaterThan(0);
      expect(new Set(due.map((r) => r.due))).toEqual(new Set(['2024-09-11']));
      const tomorrow = await context.ssa.call('GET', '/v1/bank-rail/statements/2024-09-10', 'social');
      expect(tomorrow.status).toBe(409);

      context.ssa.clock.advanceBy(3 * DAY);
      const report = await reconcile();
      const reversedVnd = due.reduce((s, r) => s + Number(r.amount), 0);
      expect(report).toMatchObject({
        exact: true,
        statementTo: '2024-09-12',
        totals: {
          reversed: { count: due.length, amountVnd: reversedVnd },
          missing: { count: 0 },
          unexpected: { count: 0 },
        },
        netPaidVnd: report.statement.credited.amountVnd - reversedVnd,
      });
      expect(
        report.totals['reconciled-paid'].count + report.totals['reconciled-rejected'].count + due.length,
      ).toBe(payments);
      const events = await context.ssa.eventsOf(
        EVENT_TYPES.SSA_PAYMENT_REVERSED,
        due.length,
        (d) => d.batchId === batchId,
      );
      expect(events.map((e) => e.data!.reference).sort()).toEqual(due.map((r) => r.reference));
      expect(events[0].data).toMatchObject({ reversedOn: '2024-09-11', valueDate: '2024-09-09' });

      const again = await reconcile();
      expect(again.totals).toEqual(report.totals);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(context.ssa.distinct().filter((e) => e.type === EVENT_TYPES.SSA_PAYMENT_REVERSED)).toHaveLength(
        due.length,
      );
      const statement = await context.ssa.call('GET', '/v1/bank-rail/statements/2024-09-11', 'social');
      expect(statement.body.reversed).toEqual({ count: due.length, amountVnd: reversedVnd });
    });

    it('answers a resend from its ledger and rejects a reused reference with other content', async () => {
      const rail = context.ssa.app.get<BankRail>(BANK_RAIL);
      const [payment] = (
        await context.ssa.call(
          'GET',
          `/v1/payment-batches/${batchId}/payments?status=reversed&limit=1`,
          'social',
        )
      ).body;
      const [row] = await context.ssa.query(`SELECT * FROM $schema.payments WHERE reference = $1`, [
        payment.reference,
      ]);
      const instruction = {
        reference: row.reference,
        batchRef: batchId,
        amountVnd: Number(row.amount_vnd),
        paymentChannel: row.payment_channel,
        provider: row.provider,
        accountNumber: row.account_number,
        accountName: row.account_name,
      };
      const before = (await ledger()).length;
      const [resend] = await rail.transfer([instruction]);
      expect(resend).toEqual({
        reference: row.reference,
        status: 'credited',
        transactionId: row.transaction_id,
        valueDate: '2024-09-09',
        duplicate: true,
      });
      const [reused] = await rail.transfer([{ ...instruction, amountVnd: instruction.amountVnd + 1_000 }]);
      expect(reused).toEqual({
        reference: row.reference,
        status: 'rejected',
        reason: 'duplicate-reference',
        duplicate: true,
      });
      expect(await ledger()).toHaveLength(before);
    });
  });
}
