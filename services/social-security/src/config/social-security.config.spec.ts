import { EnvValidationError } from '@d06/platform';
import { socialSecurityConfig } from './social-security.config';

describe('socialSecurityConfig', () => {
  it('defaults to port 3005, its own schema and the bank ledger next to it', () => {
    const config = socialSecurityConfig({});
    expect(config).toMatchObject({
      PORT: 3005,
      DB_SCHEMA: 'social_security',
      railSchema: 'social_security_rail',
    });
    expect(socialSecurityConfig({ DB_SCHEMA: 'ssa_x' }).railSchema).toBe('ssa_x_rail');
  });

  it('reads a fixed latency or a range', () => {
    expect(socialSecurityConfig({ BANK_RAIL_LATENCY_MS: '20' }).BANK_RAIL_LATENCY_MS).toEqual({
      min: 20,
      max: 20,
    });
    expect(socialSecurityConfig({ BANK_RAIL_LATENCY_MS: '10-50' }).BANK_RAIL_LATENCY_MS).toEqual({
      min: 10,
      max: 50,
    });
  });

  it('stops on bad settings, naming the variables', () => {
    const names = (env: Record<string, string>) => {
      try {
        socialSecurityConfig(env);
        return [];
      } catch (error) {
        return (error as EnvValidationError).issues.map((issue) => issue.name);
      }
    };
    expect(names({ BANK_RAIL_LATENCY_MS: '50-10', BANK_RAIL_REVERSAL_RATE: '2' })).toEqual([
      'BANK_RAIL_LATENCY_MS',
      'BANK_RAIL_REVERSAL_RATE',
    ]);
    expect(
      names({
        BANK_RAIL_REJECT_INVALID_ACCOUNT: '0.5',
        BANK_RAIL_REJECT_CLOSED_ACCOUNT: '0.4',
        BANK_RAIL_REJECT_NAME_MISMATCH: '0.2',
      }),
    ).toEqual(['BANK_RAIL_REJECT_INVALID_ACCOUNT']);
  });
});
