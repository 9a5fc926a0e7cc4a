import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VneidError } from '../vneid.errors';
import { toAccountView, type AccountView } from './account-view';
import { EidAccount } from './eid-account.entity';

/** Reads of accounts that change nothing. */
@Injectable()
export class AccountDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async view(idNumber: string): Promise<AccountView> {
    const account = await this.dataSource.getRepository(EidAccount).findOneBy({ idNumber });
    if (!account) throw new VneidError('ACCOUNT_NOT_FOUND');
    return toAccountView(account);
  }

  async find(idNumber: string): Promise<EidAccount | null> {
    return this.dataSource.getRepository(EidAccount).findOneBy({ idNumber });
  }

  async phoneOfActive(idNumber: string): Promise<string | undefined> {
    const account = await this.find(idNumber);
    return account?.status === 'active' ? account.phone : undefined;
  }
}
