/** Beneficiary groups: bảo trợ xã hội and người có công. */
export const GROUPS = ['social-assistance', 'meritorious'] as const;
export type BeneficiaryGroup = (typeof GROUPS)[number];

/** Where money can go: the financial-address kinds of the ID → account mapping. */
export const PAYMENT_CHANNELS = ['bank-account', 'e-wallet', 'mobile-money'] as const;
export type PaymentChannel = (typeof PAYMENT_CHANNELS)[number];

/** Event field names per group (`socialAssistance`, `meritorious`). */
export function groupKey(group: BeneficiaryGroup): 'socialAssistance' | 'meritorious' {
  return group === 'social-assistance' ? 'socialAssistance' : 'meritorious';
}

/** Bank accounts are 6–19 digits; e-wallets and mobile money are reached by a 10-digit phone number. */
export function accountNumberIsWellFormed(paymentChannel: PaymentChannel, accountNumber: string): boolean {
  return paymentChannel === 'bank-account'
    ? /^[0-9]{6,19}$/.test(accountNumber)
    : /^0[0-9]{9}$/.test(accountNumber);
}
