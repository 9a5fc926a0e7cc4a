import { AccountDraw } from './account-draw';

const holder = { fullName: 'Nguyễn Thị Đào', phoneNumber: '0912345678' };

describe('AccountDraw', () => {
  it('draws the same accounts for the same seed', () => {
    const draw = (seed: number) => {
      const accounts = new AccountDraw(seed);
      return Array.from({ length: 50 }, () => accounts.next(holder));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(8)).not.toEqual(draw(7));
  });

  it('follows the shares, prints the name as banks do, and reaches wallets by the phone number', () => {
    const accounts = new AccountDraw(7, { 'bank-account': 0.5, 'e-wallet': 0.5, 'mobile-money': 0 }, 0.2);
    const drawn = Array.from({ length: 4_000 }, () => accounts.next(holder));
    const share = (test: (a: (typeof drawn)[number]) => boolean) => drawn.filter(test).length / drawn.length;
    expect(share((a) => a.paymentChannel === 'bank-account')).toBeCloseTo(0.5, 1);
    expect(share((a) => a.paymentChannel === 'mobile-money')).toBe(0);
    expect(share((a) => a.status === 'inactive')).toBeCloseTo(0.2, 1);
    expect(drawn.every((a) => a.accountName === 'NGUYEN THI DAO')).toBe(true);
    expect(
      drawn.filter((a) => a.paymentChannel === 'e-wallet').every((a) => a.accountNumber === '0912345678'),
    ).toBe(true);
    expect(
      drawn
        .filter((a) => a.paymentChannel === 'bank-account')
        .every((a) => /^[1-9][0-9]{12}$/.test(a.accountNumber)),
    ).toBe(true);
  });

  it('gives a wallet holder without a phone a well-formed number', () => {
    const accounts = new AccountDraw(3, { 'bank-account': 0, 'e-wallet': 1, 'mobile-money': 0 });
    expect(accounts.next({ ...holder, phoneNumber: null }).accountNumber).toMatch(/^09[0-9]{8}$/);
  });
});
