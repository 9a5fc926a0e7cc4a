import { compareFigures, formatDiffTable } from './compare-figures';

const report = {
  essentialServices: {
    decision06: [{ key: 'da06-02', total: 12, online: 4, onlineRate: 33.3, onTime: null }],
  },
  healthInsurance: { lookups: { total: { cumulative: 1260, change: 60 }, successRate: { value: 66.67 } } },
};
const ledger = {
  'essentialServices.decision06[da06-02].total': 12,
  'essentialServices.decision06[da06-02].online': 4,
  'essentialServices.decision06[da06-02].onlineRate': 33.33,
  'healthInsurance.lookups.total.cumulative': 1260,
  'healthInsurance.lookups.successRate.value': 66.67,
};

describe('compareFigures', () => {
  it('passes when every ledger figure equals the report (rates at the printed precision)', () => {
    const result = compareFigures(ledger, report);
    expect(result).toMatchObject({ passed: true, equal: 5, differs: 0, missing: 0 });
  });

  it('reports a changed figure as a diff', () => {
    const result = compareFigures({ ...ledger, 'healthInsurance.lookups.total.cumulative': 1261 }, report);
    expect(result.passed).toBe(false);
    expect(result.checks.filter((c) => c.status === 'differs')).toEqual([
      { path: 'healthInsurance.lookups.total.cumulative', expected: 1261, actual: 1260, status: 'differs' },
    ]);
    expect(formatDiffTable(result)).toMatch(
      /≠ healthInsurance\.lookups\.total\.cumulative\s+ledger\s+1,261\s+report\s+1,260/,
    );
  });

  it('fails on a rate that differs at the printed precision and on figures the report lacks', () => {
    const result = compareFigures(
      {
        ...ledger,
        'essentialServices.decision06[da06-02].onlineRate': 33.36,
        'essentialServices.decision06[da06-02].onTime': 12,
      },
      report,
    );
    expect(result).toMatchObject({ passed: false, differs: 1, missing: 1 });
  });
});
