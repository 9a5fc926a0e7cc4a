import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AccountLink } from '../accounts/account-link.entity';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { requireIdNumber } from '../common/id-number';
import { Death } from '../deaths/death.entity';
import { PaymentSender } from '../payments/payment-sender';
import { UNSETTLED } from '../payments/payment-status';
import { Payment } from '../payments/payment.entity';
import { SocialSecurityError } from '../social-security.errors';
import { FuneralAllowance } from './funeral-allowance.entity';
import type { FuneralAllowanceRequest } from './funeral-allowance.request';
import { funeralAmount } from './funeral-amount';

export interface FuneralAllowanceView {
  deceasedIdNumber: string;
  group: string;
  dateOfDeath: string;
  amountVnd: number;
  basis: string;
  claimant: { idNumber: string; fullName: string; relationship: string };
  dossierCode: string | null;
  payment: {
    reference: string;
    status: string;
    rejectReason: string | null;
    valueDate: string | null;
    transactionId: string | null;
  };
}

/**
 * The funeral allowance (mai táng phí), last step of linked procedure 2: granted once per deceased person — only
 * when the population database has recorded the death and the deceased was a beneficiary — and paid at once to
 * the claimant's active account through the rail. Asking again returns the same allowance (and re-sends its
 * payment if it never got the rail's answer).
 */
@Injectable()
export class FuneralAllowanceService {
  private readonly logger = new Logger(FuneralAllowanceService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: PaymentSender,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async grant(
    request: FuneralAllowanceRequest,
  ): Promise<{ created: boolean; allowance: FuneralAllowanceView }> {
    const grantOnce = () =>
      this.dataSource.transaction((manager) => this.grantIn(manager, request, this.clock.now()));
    let granted: Awaited<ReturnType<FuneralAllowanceService['grantIn']>>;
    try {
      granted = await grantOnce();
    } catch (error) {
      if (!(error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')) {
        throw error;
      }
      granted = await grantOnce(); // raced with another grant: its allowance is the answer now
    }
    await this.settle(granted.payment);
    return { created: granted.created, allowance: await this.view(granted.allowance.deceasedIdNumber) };
  }

  /**
   * The allowance in the caller's transaction: the one granted before for the deceased (to the same claimant), or
   * a new one with its pending payment. Refusals throw before anything is written; the caller sends the payment
   * after its commit (`settle`).
   */
  async grantIn(
    manager: EntityManager,
    request: FuneralAllowanceRequest,
    now: Date,
  ): Promise<{ created: boolean; allowance: FuneralAllowance; payment: Payment }> {
    const deceased = requireIdNumber(request.deceasedIdNumber);
    const claimant = requireIdNumber(request.claimant.idNumber);
    const existing = await manager.findOneBy(FuneralAllowance, { deceasedIdNumber: deceased });
    if (existing) {
      if (existing.claimantIdNumber !== claimant)
        throw new SocialSecurityError('FUNERAL_ALLOWANCE_ALREADY_GRANTED');
      const payment = await manager.findOneByOrFail(Payment, { reference: existing.paymentReference });
      return { created: false, allowance: existing, payment };
    }

    const death = await manager.findOneBy(Death, { idNumber: deceased });
    if (!death) throw new SocialSecurityError('NOT_RECORDED_DECEASED');
    const beneficiary = await manager.findOneBy(Beneficiary, { idNumber: deceased });
    if (!beneficiary) throw new SocialSecurityError('NOT_ENTITLED');
    const account = await manager.findOneBy(AccountLink, { idNumber: claimant, status: 'active' });
    if (!account) throw new SocialSecurityError('CLAIMANT_ACCOUNT_NOT_ACTIVE');

    const { amountVnd, basis } = funeralAmount(beneficiary.group, death.dateOfDeath);
    const reference = `MTP-${beneficiary.provinceCode}-${randomBytes(5).toString('hex').toUpperCase()}`;
    const allowance = manager.create(FuneralAllowance, {
      deceasedIdNumber: deceased,
      group: beneficiary.group,
      dateOfDeath: death.dateOfDeath,
      amountVnd,
      basis,
      claimantIdNumber: claimant,
      claimantName: request.claimant.fullName,
      relationship: request.claimant.relationship,
      dossierCode: request.dossierCode ?? null,
      paymentReference: reference,
      provinceCode: beneficiary.provinceCode,
      communeCode: beneficiary.communeCode,
      createdAt: now,
    });
    await manager.insert(FuneralAllowance, allowance);
    const payment = await manager.save(
      manager.create(Payment, {
        reference,
        purpose: 'funeral',
        batchId: null,
        cycle: null,
        idNumber: claimant,
        group: beneficiary.group,
        amountVnd,
        paymentChannel: account.paymentChannel,
        provider: account.provider,
        accountNumber: account.accountNumber,
        accountName: account.accountName,
        provinceCode: beneficiary.provinceCode,
        communeCode: beneficiary.communeCode,
        status: 'pending',
        attempts: 0,
        createdAt: now,
      }),
    );
    return { created: true, allowance, payment };
  }

  /** Sends an allowance's payment to the rail unless it has its answer already (a resend moves no money). */
  async settle(payment: Payment): Promise<void> {
    if (UNSETTLED.includes(payment.status)) await this.pay(payment);
  }

  /** A rail failure leaves the payment unsettled: the next request, or the next start, sends it again. */
  private async pay(payment: Payment): Promise<void> {
    try {
      await this.sender.send([payment]);
    } catch (error) {
      this.logger.warn(
        `funeral payment not settled yet: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private async view(deceasedIdNumber: string): Promise<FuneralAllowanceView> {
    const a = await this.dataSource.getRepository(FuneralAllowance).findOneByOrFail({ deceasedIdNumber });
    const p = await this.dataSource.getRepository(Payment).findOneByOrFail({ reference: a.paymentReference });
    return {
      deceasedIdNumber: a.deceasedIdNumber,
      group: a.group,
      dateOfDeath: a.dateOfDeath,
      amountVnd: a.amountVnd,
      basis: a.basis,
      claimant: { idNumber: a.claimantIdNumber, fullName: a.claimantName, relationship: a.relationship },
      dossierCode: a.dossierCode,
      payment: {
        reference: p.reference,
        status: p.status,
        rejectReason: p.rejectReason,
        valueDate: p.valueDate,
        transactionId: p.transactionId,
      },
    };
  }
}
