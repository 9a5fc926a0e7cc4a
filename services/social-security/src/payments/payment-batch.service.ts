import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { formatVietnamDate } from '@d06/domain';
import { qualifiedTable } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource, MoreThan, QueryFailedError, type EntityManager } from 'typeorm';
import { AccountLink } from '../accounts/account-link.entity';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { SocialSecurityError } from '../social-security.errors';
import type { PaymentStatus } from './payment-status';
import { PaymentBatch } from './payment-batch.entity';
import type { BatchRequest, PaymentListQuery } from './payment-batch.requests';
import { PaymentDispatcher } from './payment-dispatcher';
import { Payment } from './payment.entity';
import { batchView, paymentView, type BatchView, type PaymentView } from './payment.view';

/**
 * Monthly payment batches: one per cycle and province (asking again gives the same batch), made up of every
 * active beneficiary of the province whose ID number resolves to an active account, each with a reference of
 * its own (ASXH-<cycle>-<province>-<n>); the others are paid in cash, outside this service.
 */
@Injectable()
export class PaymentBatchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatcher: PaymentDispatcher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(request: BatchRequest): Promise<{ created: boolean; batch: BatchView }> {
    const now = this.clock.now();
    if (request.cycle > formatVietnamDate(now).slice(0, 7)) {
      throw new SocialSecurityError('CYCLE_IN_FUTURE', { detail: `${request.cycle} has not begun` });
    }
    const existing = await this.find(request);
    if (existing) return { created: false, batch: await this.view(existing) };
    try {
      const batch = await this.dataSource.transaction((manager) => this.makeUp(manager, request, now));
      return { created: true, batch: await this.view(batch) };
    } catch (error) {
      // the same batch asked for twice at once: the unique index lets one through, the other gets it
      const again = isUniqueViolation(error) ? await this.find(request) : null;
      if (again) return { created: false, batch: await this.view(again) };
      throw error;
    }
  }

  /** Starts (or resumes in this process) sending the batch to the rail; answers at once. */
  async disburse(batchId: string): Promise<BatchView> {
    const repository = this.dataSource.getRepository(PaymentBatch);
    await repository.update(
      { batchId, status: 'created' },
      { status: 'running', startedAt: this.clock.now() },
    );
    const batch = await this.require(batchId);
    if (batch.status === 'running') this.dispatcher.disburse(batchId);
    return this.view(batch);
  }

  async get(batchId: string): Promise<BatchView> {
    return this.view(await this.require(batchId));
  }

  async payments(batchId: string, query: PaymentListQuery): Promise<PaymentView[]> {
    await this.require(batchId);
    const payments = await this.dataSource.getRepository(Payment).find({
      where: {
        batchId,
        ...(query.status ? { status: query.status } : {}),
        ...(query.after ? { reference: MoreThan(query.after) } : {}),
      },
      order: { reference: 'ASC' },
      take: query.limit,
    });
    return payments.map(paymentView);
  }

  async payment(reference: string): Promise<PaymentView> {
    const payment = await this.dataSource.getRepository(Payment).findOneBy({ reference });
    if (!payment) throw new SocialSecurityError('PAYMENT_NOT_FOUND');
    return paymentView(payment);
  }

  async require(batchId: string): Promise<PaymentBatch> {
    const batch = /^[0-9a-f-]{36}$/i.test(batchId)
      ? await this.dataSource.getRepository(PaymentBatch).findOneBy({ batchId })
      : null;
    if (!batch) throw new SocialSecurityError('BATCH_NOT_FOUND');
    return batch;
  }

  /** The batch and its payments in one statement each, so a province of any size makes up in one transaction. */
  private async makeUp(manager: EntityManager, request: BatchRequest, now: Date): Promise<PaymentBatch> {
    const batchId = randomUUID();
    const { cycle, provinceCode } = request;
    await manager.insert(PaymentBatch, {
      batchId,
      cycle,
      provinceCode,
      status: 'created',
      payments: 0,
      totalAmountVnd: 0,
      createdAt: now,
    });
    const [made] = await manager.query<{ n: number; total: string }[]>(
      `WITH eligible AS (
         SELECT b.*, a.payment_channel, a.provider, a.account_number, a.account_name,
                row_number() OVER (ORDER BY b.beneficiary_no) AS seq
           FROM ${qualifiedTable(manager, Beneficiary)} b
           JOIN ${qualifiedTable(manager, AccountLink)} a ON a.id_number = b.id_number AND a.status = 'active'
          WHERE b.province_code = $1 AND b.status = 'active'),
       made AS (
         INSERT INTO ${qualifiedTable(manager, Payment)} (reference, purpose, batch_id, cycle, id_number,
                beneficiary_group, amount_vnd, payment_channel, provider, account_number, account_name,
                province_code, commune_code, status, attempts, created_at)
         SELECT 'ASXH-' || $2 || '-' || $1 || '-' || lpad(seq::text, 7, '0'), 'monthly', $3::uuid, $4,
                id_number, beneficiary_group, monthly_amount_vnd, payment_channel, provider, account_number,
                account_name, province_code, commune_code, 'pending', 0, $5
           FROM eligible
         RETURNING amount_vnd)
       SELECT count(*)::int AS n, coalesce(sum(amount_vnd), 0)::text AS total FROM made`,
      [provinceCode, cycle.replace('-', ''), batchId, cycle, now],
    );
    if (made.n === 0) throw new SocialSecurityError('NO_ELIGIBLE_BENEFICIARIES');
    await manager.update(PaymentBatch, { batchId }, { payments: made.n, totalAmountVnd: Number(made.total) });
    return (await manager.findOneBy(PaymentBatch, { batchId }))!;
  }

  private find(request: BatchRequest): Promise<PaymentBatch | null> {
    return this.dataSource.getRepository(PaymentBatch).findOneBy(request);
  }

  private async view(batch: PaymentBatch): Promise<BatchView> {
    const { manager } = this.dataSource;
    const rows = await manager.query<{ status: PaymentStatus; n: number; amount: string }[]>(
      `SELECT status, count(*)::int AS n, sum(amount_vnd)::text AS amount
         FROM ${qualifiedTable(manager, Payment)} WHERE batch_id = $1 GROUP BY status`,
      [batch.batchId],
    );
    return batchView(
      batch,
      rows.map((row) => ({ status: row.status, count: row.n, amountVnd: Number(row.amount) })),
    );
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
