import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EidAccount } from '../accounts/eid-account.entity';

/** The claims VNeID releases, by scope (the claims parameter can ask for single ones). */
export const CLAIMS_BY_SCOPE = {
  acr: null,
  auth_time: null,
  sid: null,
  iss: null,
  openid: ['sub'],
  profile: ['name', 'birthdate', 'gender', 'eid_level'],
  vneid_id: ['personal_id_number'],
} as const;

export interface FoundAccount {
  [key: string]: unknown;
  accountId: string;
  claims(): { sub: string; [claim: string]: unknown };
}

/**
 * oidc-provider's findAccount: an active (or temporarily locked-out) account by its subject. A revoked account —
 * a deceased citizen's — is not found, so no code is exchanged, no token refreshed and no userinfo answered for it.
 */
@Injectable()
export class AccountClaims {
  constructor(private readonly dataSource: DataSource) {}

  async find(subject: string): Promise<FoundAccount | undefined> {
    if (!/^[0-9a-f-]{36}$/.test(subject)) return undefined;
    const account = await this.dataSource.getRepository(EidAccount).findOneBy({ subject });
    if (!account || account.status !== 'active') return undefined;
    return {
      accountId: subject,
      claims: () => ({
        sub: subject,
        name: account.fullName,
        birthdate: account.birthDate,
        gender: account.sex,
        eid_level: Number(account.level),
        personal_id_number: account.idNumber,
      }),
    };
  }
}
