import fc from 'fast-check';
import { dueDate, effectiveReceptionDay, isOnTime } from './deadline';
import { formatVietnamDate, vietnamInstant, vietnamTimeOf } from './vietnam-time';
import { isWorkingDay, workingDaysBetween } from './working-days';

const due = (receivedAt: Date, n: number) => formatVietnamDate(dueDate(receivedAt, n));

describe('dossier deadlines', () => {
  it('counts a Friday 14:59 dossier from Friday and a 15:01 one from Monday (2 working days)', () => {
    expect(due(vietnamInstant(2023, 9, 15, 14, 59), 2)).toBe('2023-09-19');
    expect(due(vietnamInstant(2023, 9, 15, 15, 0), 2)).toBe('2023-09-19');
    expect(due(vietnamInstant(2023, 9, 15, 15, 0, 1), 2)).toBe('2023-09-20');
    expect(due(vietnamInstant(2023, 9, 15, 15, 1), 2)).toBe('2023-09-20');
  });

  it('ends at 23:59:59.999 Vietnam time of the last day', () => {
    expect(dueDate(vietnamInstant(2023, 9, 15, 9), 2).toISOString()).toBe('2023-09-19T16:59:59.999Z');
    expect(vietnamTimeOf(dueDate(vietnamInstant(2023, 9, 15, 9), 2))).toEqual({
      hour: 23,
      minute: 59,
      second: 59,
      millisecond: 999,
    });
  });

  it('treats a weekend or holiday reception as received on the next working day', () => {
    expect(formatVietnamDate(effectiveReceptionDay(vietnamInstant(2023, 9, 16, 9)))).toBe('2023-09-18');
    expect(due(vietnamInstant(2023, 9, 16, 9), 2)).toBe('2023-09-20');
    expect(formatVietnamDate(effectiveReceptionDay(vietnamInstant(2024, 2, 10, 9)))).toBe('2024-02-14');
  });

  it('runs across Tết: received on the last working day before the eve of Tết 2024', () => {
    expect(due(vietnamInstant(2024, 2, 8, 10), 3)).toBe('2024-02-16');
    expect(due(vietnamInstant(2024, 2, 8, 16), 3)).toBe('2024-02-19');
  });

  it('runs across the National Day holidays', () => {
    expect(due(vietnamInstant(2024, 8, 30, 10), 2)).toBe('2024-09-05');
  });

  it('reads 0 working days as "within the (effective) day"', () => {
    expect(due(vietnamInstant(2024, 3, 5, 10), 0)).toBe('2024-03-05');
    expect(due(vietnamInstant(2024, 3, 5, 16), 0)).toBe('2024-03-06');
  });

  it('is on time up to and including the due instant', () => {
    const receivedAt = vietnamInstant(2024, 3, 5, 10);
    const limit = dueDate(receivedAt, 3);
    expect(isOnTime(receivedAt, limit, 3)).toBe(true);
    expect(isOnTime(receivedAt, new Date(limit.getTime() + 1), 3)).toBe(false);
  });

  it('refuses a negative or fractional number of working days', () => {
    expect(() => dueDate(vietnamInstant(2024, 3, 5), -1)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(() => dueDate(vietnamInstant(2024, 3, 5), 2.5)).toThrow(/integer/);
  });

  const instant = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-01'), noInvalidDate: true });
  const days = fc.integer({ min: 0, max: 30 });

  it('always falls on a working day after reception, exactly N working days after the effective day', () => {
    fc.assert(
      fc.property(instant, days, (receivedAt, n) => {
        const limit = dueDate(receivedAt, n);
        expect(isWorkingDay(limit)).toBe(true);
        expect(limit.getTime()).toBeGreaterThan(receivedAt.getTime());
        expect(workingDaysBetween(effectiveReceptionDay(receivedAt), limit)).toBe(n);
      }),
    );
  });

  it('grows with N and never shrinks when the dossier arrives later', () => {
    fc.assert(
      fc.property(instant, instant, days, (a, b, n) => {
        expect(dueDate(a, n + 1).getTime()).toBeGreaterThan(dueDate(a, n).getTime());
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(dueDate(late, n).getTime()).toBeGreaterThanOrEqual(dueDate(early, n).getTime());
      }),
    );
  });
});
