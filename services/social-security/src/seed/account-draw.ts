import { removeDiacritics, SeededRandom } from '@d06/domain';
import type { PaymentChannel } from '../common/domain-types';

export interface AccountShares {
  readonly 'bank-account': number;
  readonly 'e-wallet': number;
  readonly 'mobile-money': number;
}

/** Most beneficiaries with an account hold it at a bank (Agribank, VNPost's LPBank in the countryside). */
export const DEFAULT_ACCOUNT_SHARES: AccountShares = {
  'bank-account': 0.82,
  'e-wallet': 0.1,
  'mobile-money': 0.08,
};
/** Share of mapped accounts that are no longer usable (dormant, closed): they resolve as inactive. */
export const DEFAULT_INACTIVE_SHARE = 0.05;

/** Synthetic provider codes, labelled as such in the README; weights are a plausible mix, not statistics. */
const PROVIDERS: { readonly [C in PaymentChannel]: readonly { value: string; weight: number }[] } = {
  'bank-account': [
    { value: 'VBA', weight: 45 },
    { value: 'LPB', weight: 15 },
    { value: 'BIDV', weight: 15 },
    { value: 'VTB', weight: 13 },
    { value: 'VCB', weight: 12 },
  ],
  'e-wallet': [
    { value: 'MOMO', weight: 50 },
    { value: 'ZALOPAY', weight: 25 },
    { value: 'VNPTPAY', weight: 25 },
  ],
  'mobile-money': [
    { value: 'VIETTEL-MONEY', weight: 60 },
    { value: 'VNPT-MONEY', weight: 20 },
    { value: 'MOBIFONE-MONEY', weight: 20 },
  ],
};

export interface DrawnAccount {
  paymentChannel: PaymentChannel;
  provider: string;
  accountNumber: string;
  accountName: string;
  status: 'active' | 'inactive';
}

/**
 * Draws the account of each beneficiary who has one, from its own random stream (so the accounts do not change
 * the generated citizens): channel by share, provider by weight, a bank account number or the phone number for
 * e-wallets and mobile money, and the holder's name as banks print it (upper case, no diacritics).
 */
export class AccountDraw {
  private readonly random: SeededRandom;

  constructor(
    seed: number,
    private readonly shares: AccountShares = DEFAULT_ACCOUNT_SHARES,
    private readonly inactiveShare = DEFAULT_INACTIVE_SHARE,
  ) {
    this.random = new SeededRandom((seed ^ 0x5ca1ab1e) >>> 0);
  }

  next(holder: { fullName: string; phoneNumber: string | null }): DrawnAccount {
    const paymentChannel = this.random.weighted(
      (Object.keys(this.shares) as PaymentChannel[]).map((value) => ({ value, weight: this.shares[value] })),
    );
    const provider = this.random.weighted(PROVIDERS[paymentChannel]);
    const accountNumber =
      paymentChannel === 'bank-account'
        ? String(this.random.int(1, 9)) + this.digits(12)
        : (holder.phoneNumber ?? `09${this.digits(8)}`);
    return {
      paymentChannel,
      provider,
      accountNumber,
      accountName: removeDiacritics(holder.fullName).toUpperCase(),
      status: this.random.chance(this.inactiveShare) ? 'inactive' : 'active',
    };
  }

  private digits(n: number): string {
    let text = '';
    for (let i = 0; i < n; i += 1) text += String(this.random.int(0, 9));
    return text;
  }
}
