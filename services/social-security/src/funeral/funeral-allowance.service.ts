import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource, QueryFailedError } from 'typeorm';
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
    const deceased = requireIdNumber(request.deceasedIdNumber);
    const claimant = requireIdNumber(request.claimant.idNumber);
    const existing = await this.dataSource
      .getRepository(FuneralAllowance)
      .findOneBy({ deceasedIdNumber: deceased });
    if (existing) return { created: false, allowance: await this.again(existing, claimant) };

    const death = await this.dataSource.getRepository(Death).findOneBy({ idNumber: deceased });
    if (!death) throw new SocialSecurityError('NOT_RECORDED_DECEASED');
    const beneficiary = await this.dataSource.getRepository(Beneficiary).findOneBy({ idNumber: deceased });
    if (!beneficiary) throw new SocialSecurityError('NOT_ENTITLED');
    const account = await this.dataSource
      .getRepository(AccountLink)
      .findOneBy({ idNumber: claimant, status: 'active' });
    if (!account) throw new SocialSecurityError('CLAIMANT_ACCOUNT_NOT_ACTIVE');

    const now = this.clock.now();
    const { amountVnd, basis } = funeralAmount(beneficiary.group, death.dateOfDeath);
    const reference = `MTP-${beneficiary.provinceCode}-${randomBytes(5).toString('hex').toUpperCase()}`;
    let payment: Payment;
    try {
      payment = await this.dataSource.transaction(async (manager) => {
        await manager.insert(FuneralAllowance, {
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
        return manager.save(
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
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        const raced = await this.dataSource
          .getRepository(FuneralAllowance)
          .findOneByOrFail({ deceasedIdNumber: deceased });
        return { created: false, allowance: await this.again(raced, claimant) };
      }
      throw error;
    }
    await this.pay(payment);
    return { created: true, allowance: await this.view(deceased) };
  }

  private async again(allowance: FuneralAllowance, claimant: string): Promise<FuneralAllowanceView> {
    if (allowance.claimantIdNumber !== claimant)
      throw new SocialSecurityError('FUNERAL_ALLOWANCE_ALREADY_GRANTED');
    const payment = await this.dataSource
      .getRepository(Payment)
      .findOneByOrFail({ reference: allowance.paymentReference });
    if (UNSETTLED.includes(payment.status)) await this.pay(payment);
    return this.view(allowance.deceasedIdNumber);
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
