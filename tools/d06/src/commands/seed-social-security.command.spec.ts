import { formatSocialSecuritySeedSummary, runSeedSocialSecurity } from './seed-social-security.command';

describe('d06 seed social-security', () => {
  it('refuses to run without a PostgreSQL database, with exit code 2', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const code = await runSeedSocialSecurity(
        { province: '038', size: 10, seed: 1, schema: 'social_security' },
        { DATABASE_URL: ' ' },
      );
      expect(code).toBe(2);
      expect(written.join('')).toMatch(/^d06 seed social-security: a PostgreSQL database is needed/);
    } finally {
      spy.mockRestore();
    }
  });

  it('summarises what was loaded per group', () => {
    const text = formatSocialSecuritySeedSummary({
      schema: 'social_security',
      provinceCode: '038',
      size: 3_640_000,
      seed: 7,
      referenceDate: '2023-09-15',
      beneficiaries: { socialAssistance: 194_479, meritorious: 66_829 },
      withAccount: { socialAssistance: 7_909, meritorious: 2_641 },
      accounts: {
        active: 10_000,
        inactive: 550,
        'bank-account': 8_651,
        'e-wallet': 1_055,
        'mobile-money': 844,
      },
      monthlyAmountVnd: { socialAssistance: 97_000_000_000, meritorious: 151_000_000_000 },
      skipped: 0,
      seconds: 61.25,
    });
    expect(text).toContain(
      'Seeded the social-security beneficiaries of Thanh Hóa (038) into schema "social_security"',
    );
    expect(text).toContain('social assistance  194,479 (7,909 with an account)');
    expect(text).toContain('10,000 active, 550 inactive: 8,651 bank, 1,055 e-wallet, 844 mobile money');
    expect(text).toContain('248,000,000,000 VND');
  });
});
