import { monthPeriod, periodContaining, rangePeriod } from './period';

describe('report periods', () => {
  it('runs a month from the start day of the previous month (the Thanh Hóa report: 15th)', () => {
    expect(monthPeriod('2023-09', 15)).toEqual({
      label: '9/2023',
      from: '2023-08-15',
      to: '2023-09-14',
      asOf: '2023-09-15',
      previous: { from: '2023-07-15', to: '2023-08-14' },
    });
    expect(monthPeriod('2024-01', 15).from).toBe('2023-12-15');
  });

  it('is the calendar month by default', () => {
    expect(monthPeriod('2024-02')).toMatchObject({
      from: '2024-02-01',
      to: '2024-02-29',
      asOf: '2024-03-01',
    });
    expect(monthPeriod('2024-01').previous).toEqual({ from: '2023-12-01', to: '2023-12-31' });
  });

  it('takes any range, with the same number of days before it as the previous period', () => {
    expect(rangePeriod('2023-09-01', '2023-09-10').previous).toEqual({
      from: '2023-08-22',
      to: '2023-08-31',
    });
    expect(() => rangePeriod('2023-09-10', '2023-09-01')).toThrow('to: must not be before from');
    expect(() => monthPeriod('2023-13')).toThrow('period');
  });

  it('finds the period of a day', () => {
    expect(periodContaining('2023-09-15', 15)).toBe('2023-10');
    expect(periodContaining('2023-09-14', 15)).toBe('2023-09');
    expect(periodContaining('2023-12-20', 15)).toBe('2024-01');
    expect(periodContaining('2023-12-20')).toBe('2023-12');
  });
});
