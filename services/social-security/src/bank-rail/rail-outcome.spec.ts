import type { TransferInstruction } from './bank-rail.port';
import { contentHash, drawOutcome } from './rail-outcome';
import type { RailSettings } from './rail-settings';

const settings: RailSettings = {
  seed: 6,
  latencyMs: { min: 0, max: 0 },
  rejectionRates: { 'invalid-account': 0.02, 'closed-account': 0.03, 'name-mismatch': 0.05 },
  reversalRate: 0.1,
  reversalDays: 3,
};

const instruction = (reference: string, extra: Partial<TransferInstruction> = {}): TransferInstruction => ({
  reference,
  batchRef: 'b1',
  amountVnd: 540_000,
  paymentChannel: 'bank-account',
  provider: 'VBA',
  accountNumber: '3800205123456',
  accountName: 'NGUYEN VAN AN',
  ...extra,
});

describe('drawOutcome', () => {
  it('gives the same answer to the same seed and reference, and another to another seed', () => {
    const references = Array.from({ length: 200 }, (_, i) => `ASXH-202309-038-${String(i).padStart(7, '0')}`);
    const answers = (seed: number) =>
      references.map((r) => JSON.stringify(drawOutcome({ ...settings, seed }, instruction(r), '2024-01-05')));
    expect(answers(6)).toEqual(answers(6));
    expect(answers(7)).not.toEqual(answers(6));
  });

  it('rejects for each reason about as often as configured, and credits the rest', () => {
    const counts = new Map<string, number>();
    const n = 20_000;
    for (let i = 0; i < n; i += 1) {
      const outcome = drawOutcome(settings, instruction(`R-${i}`), '2024-01-05');
      const key = outcome.status === 'rejected' ? outcome.reason : outcome.reversal ? 'reversed' : 'credited';
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const share = (key: string) => (counts.get(key) ?? 0) / n;
    expect(share('invalid-account')).toBeCloseTo(0.02, 2);
    expect(share('closed-account')).toBeCloseTo(0.03, 2);
    expect(share('name-mismatch')).toBeCloseTo(0.05, 2);
    expect(share('reversed') / (share('reversed') + share('credited'))).toBeCloseTo(0.1, 1);
  });

  it('always refuses a malformed account as invalid, whatever the rates', () => {
    const clean = {
      ...settings,
      rejectionRates: { 'invalid-account': 0, 'closed-account': 0, 'name-mismatch': 0 },
    };
    expect(drawOutcome(clean, instruction('R-1', { accountNumber: '12AB' }), '2024-01-05')).toEqual({
      status: 'rejected',
      reason: 'invalid-account',
    });
    expect(
      drawOutcome(
        clean,
        instruction('R-2', { paymentChannel: 'e-wallet', accountNumber: '3800205123456' }),
        '2024-01-05',
      ),
    ).toEqual({ status: 'rejected', reason: 'invalid-account' });
    expect(
      drawOutcome(
        clean,
        instruction('R-3', { paymentChannel: 'e-wallet', accountNumber: '0912345678' }),
        '2024-01-05',
      ).status,
    ).toBe('credited');
  });

  it('schedules a reversal N business days after the value date, skipping weekends and Tết', () => {
    const always = {
      ...settings,
      rejectionRates: { 'invalid-account': 0, 'closed-account': 0, 'name-mismatch': 0 },
      reversalRate: 1,
    };
    const friday = drawOutcome(always, instruction('R-1'), '2024-01-05');
    expect(friday).toMatchObject({ status: 'credited', reversal: { dueOn: '2024-01-10' } });
    // 8 February is a working day; 9-13 February 2024 are Tết
    const beforeTet = drawOutcome({ ...always, reversalDays: 2 }, instruction('R-1'), '2024-02-07');
    expect(beforeTet).toMatchObject({ reversal: { dueOn: '2024-02-14' } });
  });
});

describe('contentHash', () => {
  it('changes with any field a resend must repeat, not with the reference', () => {
    const base = contentHash(instruction('R-1'));
    expect(contentHash(instruction('R-2'))).toBe(base);
    expect(contentHash(instruction('R-1', { amountVnd: 540_001 }))).not.toBe(base);
    expect(contentHash(instruction('R-1', { accountName: 'NGUYEN VAN BINH' }))).not.toBe(base);
    expect(contentHash(instruction('R-1', { batchRef: 'b2' }))).not.toBe(base);
  });
});
