import { TokenWallet, type AccessToken } from './token-wallet';

describe('TokenWallet', () => {
  let now = 0;
  let logins = 0;
  const login = (lifetimeMs: number) => (): Promise<AccessToken> => {
    logins += 1;
    return Promise.resolve({ value: `token-${logins}`, expiresAt: now + lifetimeMs });
  };

  beforeEach(() => {
    now = 1_700_000_000_000;
    logins = 0;
  });

  it('logs a citizen in once and uses the token again while it lives', async () => {
    const wallet = new TokenWallet(() => now);
    expect(await wallet.tokenOf('001', login(3_600_000))).toBe('token-1');
    now += 3_000_000;
    expect(await wallet.tokenOf('001', login(3_600_000))).toBe('token-1');
    expect(await wallet.tokenOf('002', login(3_600_000))).toBe('token-2');
    expect(logins).toBe(2);
  });

  it('logs in again in the last minute of a token, before VNeID would refuse it', async () => {
    const wallet = new TokenWallet(() => now);
    await wallet.tokenOf('001', login(3_600_000));
    now += 3_540_000;
    expect(await wallet.tokenOf('001', login(3_600_000))).toBe('token-2');
    now += 3_539_999;
    expect(await wallet.tokenOf('001', login(3_600_000))).toBe('token-2');
  });

  it('does not keep a token that came without a lifetime', async () => {
    const wallet = new TokenWallet(() => now);
    await wallet.tokenOf('001', login(0));
    expect(await wallet.tokenOf('001', login(0))).toBe('token-2');
  });
});
