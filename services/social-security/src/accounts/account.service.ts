import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource, QueryFailedError } from 'typeorm';
import { Beneficiary, beneficiaryCode } from '../beneficiaries/beneficiary.entity';
import { requireIdNumber } from '../common/id-number';
import type { PaymentChannel } from '../common/domain-types';
import { AccountLink } from './account-link.entity';
import type { AccountDeclaration } from './account.requests';

export type ResolveStatus = 'active' | 'inactive' | 'not-found' | 'not-linked';

export interface Resolution {
  idNumber: string;
  status: ResolveStatus;
  account?: {
    paymentChannel: PaymentChannel;
    provider: string;
    accountNumber?: string;
    accountName?: string;
  };
}

export interface Declared {
  outcome: 'linked' | 'replaced' | 'unchanged';
  account: Required<NonNullable<Resolution['account']>> & { declaredVia: string };
}

/** The ID → account mapping: declarations (one account per ID number, the latest wins) and resolution. */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: TransactionalOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async declare(rawIdNumber: string, declaration: AccountDeclaration): Promise<Declared> {
    const idNumber = requireIdNumber(rawIdNumber);
    try {
      return await this.declareOnce(idNumber, declaration);
    } catch (error) {
      // a first declaration raced by another: the second attempt finds the row and replaces it
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        return this.declareOnce(idNumber, declaration);
      }
      throw error;
    }
  }

  private declareOnce(idNumber: string, declaration: AccountDeclaration): Promise<Declared> {
    const now = this.clock.now();
    const { channel, ...account } = declaration;
    return this.outbox.run(async ({ manager, publish }) => {
      const existing = await manager.findOne(AccountLink, {
        where: { idNumber },
        lock: { mode: 'pessimistic_write' },
      });
      const same =
        existing?.status === 'active' &&
        (['paymentChannel', 'provider', 'accountNumber', 'accountName'] as const).every(
          (field) => existing[field] === account[field],
        );
      if (existing && same) {
        return { outcome: 'unchanged', account: { ...account, declaredVia: existing.declaredVia } };
      }
      const row = { idNumber, ...account, status: 'active' as const, declaredVia: channel, updatedAt: now };
      if (existing) await manager.update(AccountLink, { idNumber }, row);
      else await manager.insert(AccountLink, { ...row, linkedAt: now });
      const beneficiary = await manager.findOneBy(Beneficiary, { idNumber });
      await publish([
        {
          type: EVENT_TYPES.SSA_ACCOUNT_LINKED,
          // never the ID number (the contract's rule for ce_subject): the beneficiary, else the provider
          subject: beneficiary ? beneficiaryCode(beneficiary) : `provider/${account.provider}`,
          time: now,
          data: {
            idNumber,
            paymentChannel: account.paymentChannel,
            provider: account.provider,
            declaredVia: channel,
            previouslyLinked: existing !== null,
            ...(beneficiary
              ? {
                  group: beneficiary.group,
                  provinceCode: beneficiary.provinceCode,
                  ...(beneficiary.communeCode ? { communeCode: beneficiary.communeCode } : {}),
                }
              : {}),
            occurredAt: now.toISOString(),
          },
        },
      ]);
      return { outcome: existing ? 'replaced' : 'linked', account: { ...account, declaredVia: channel } };
    });
  }

  /** G2P Connect style: active (with the account), inactive, not-linked (a known person without one), not-found. */
  async resolve(rawIdNumber: string): Promise<Resolution> {
    const idNumber = requireIdNumber(rawIdNumber);
    const link = await this.dataSource.getRepository(AccountLink).findOneBy({ idNumber });
    if (link?.status === 'active') {
      const { paymentChannel, provider, accountNumber, accountName } = link;
      return {
        idNumber,
        status: 'active',
        account: { paymentChannel, provider, accountNumber, accountName },
      };
    }
    if (link) {
      return {
        idNumber,
        status: 'inactive',
        account: { paymentChannel: link.paymentChannel, provider: link.provider },
      };
    }
    const known = await this.dataSource.getRepository(Beneficiary).existsBy({ idNumber });
    return { idNumber, status: known ? 'not-linked' : 'not-found' };
  }
}
