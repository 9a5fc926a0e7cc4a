import { batchTotals } from './batch-totals';

describe('batchTotals', () => {
  it('adds up outcomes per reason and per group, counting a later reversal as paid', () => {
    const totals = batchTotals([
      { status: 'succeeded', rejectReason: null, group: 'social-assistance', count: 3, amountVnd: 1_620_000 },
      { status: 'reversed', rejectReason: null, group: 'meritorious', count: 1, amountVnd: 2_055_000 },
      {
        status: 'rejected',
        rejectReason: 'closed-account',
        group: 'social-assistance',
        count: 2,
        amountVnd: 720_000,
      },
      {
        status: 'rejected',
        rejectReason: 'name-mismatch',
        group: 'meritorious',
        count: 1,
        amountVnd: 2_055_000,
      },
    ]);
    expect(totals).toEqual({
      payments: 7,
      succeeded: { count: 4, amountVnd: 3_675_000 },
      rejected: { count: 3, amountVnd: 2_775_000 },
      rejectedByReason: {
        'invalid-account': 0,
        'closed-account': 2,
        'name-mismatch': 1,
        'duplicate-reference': 0,
      },
      succeededByGroup: {
        socialAssistance: { count: 3, amountVnd: 1_620_000 },
        meritorious: { count: 1, amountVnd: 2_055_000 },
      },
    });
  });

  it('refuses to total a batch with payments still out', () => {
    expect(() =>
      batchTotals([{ status: 'sent', rejectReason: null, group: 'meritorious', count: 2, amountVnd: 1 }]),
    ).toThrow('2 payment(s) are still sent');
  });
});
