import fc from 'fast-check';
import { addWorkingDays, isWorkingDay, nextWorkingDay, workingDaysBetween } from './working-days';
import { formatVietnamDate, vietnamInstant, vietnamTimeOf } from './vietnam-time';

const at = (y: number, m: number, d: number, hour = 10) => vietnamInstant(y, m, d, hour);

describe('working days', () => {
  it('excludes weekends and public holidays, in Vietnam time', () => {
    expect(isWorkingDay(at(2023, 9, 19))).toBe(true); // Tuesday
    expect(isWorkingDay(at(2023, 9, 16))).toBe(false); // Saturday
    expect(isWorkingDay(at(2023, 9, 17))).toBe(false); // Sunday
    expect(isWorkingDay(at(2024, 2, 12))).toBe(false); // Monday, mùng 3 Tết
    expect(isWorkingDay(at(2024, 9, 3))).toBe(false); // Tuesday, National Day neighbour
    expect(isWorkingDay(at(2024, 2, 8))).toBe(true); // Thursday before the eve of Tết
    // 23:30 Friday in Vietnam is Friday; 00:30 Saturday in Vietnam is still Friday in UTC.
    expect(isWorkingDay(new Date('2023-09-15T16:30:00Z'))).toBe(true);
    expect(isWorkingDay(new Date('2023-09-15T17:30:00Z'))).toBe(false);
  });

  it('adds working days keeping the local time of day, skipping weekends and Tết', () => {
    const friday = vietnamInstant(2023, 9, 15, 9, 30);
    expect(addWorkingDays(friday, 1).toISOString()).toBe(vietnamInstant(2023, 9, 18, 9, 30).toISOString());
    expect(formatVietnamDate(addWorkingDays(at(2024, 2, 8), 1))).toBe('2024-02-14');
    expect(formatVietnamDate(addWorkingDays(at(2024, 2, 10), 1))).toBe('2024-02-14');
    expect(addWorkingDays(friday, 0)).toEqual(friday);
    expect(vietnamTimeOf(addWorkingDays(friday, 20))).toMatchObject({ hour: 9, minute: 30 });
  });

  it('finds the next working day after weekends and holidays', () => {
    expect(nextWorkingDay(at(2024, 8, 30)).toISOString()).toBe(vietnamInstant(2024, 9, 4).toISOString());
    expect(formatVietnamDate(nextWorkingDay(at(2023, 12, 29)))).toBe('2024-01-02');
  });

  it('counts 253 working days in 2024 and 0 within one day', () => {
    expect(workingDaysBetween(at(2023, 12, 31), at(2024, 12, 31))).toBe(253);
    expect(workingDaysBetween(at(2024, 12, 31), at(2023, 12, 31))).toBe(-253);
    expect(workingDaysBetween(at(2024, 3, 5, 8), at(2024, 3, 5, 17))).toBe(0);
    expect(Object.is(workingDaysBetween(at(2023, 9, 17), at(2023, 9, 16)), 0)).toBe(true); // Sun → Sat: +0, not -0
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays(at(2024, 3, 5), -1)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(() => addWorkingDays(at(2024, 3, 5), 1.5)).toThrow(/integer/);
  });

  const instant = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-01'), noInvalidDate: true });

  it('lands on a working day, n working days later', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const end = addWorkingDays(start, n);
        expect(isWorkingDay(end)).toBe(true);
        expect(end.getTime()).toBeGreaterThan(start.getTime());
        expect(workingDaysBetween(start, end)).toBe(n);
      }),
    );
  });

  it('counts antisymmetrically and additively', () => {
    fc.assert(
      fc.property(instant, instant, instant, (a, b, c) => {
        expect(workingDaysBetween(b, a) + workingDaysBetween(a, b)).toBe(0);
        expect(workingDaysBetween(a, c)).toBe(workingDaysBetween(a, b) + workingDaysBetween(b, c));
      }),
      { numRuns: 30 },
    );
  });
});
