import fc from 'fast-check';
import { CalendarError } from './calendar.errors';
import {
  endOfVietnamDay,
  formatVietnamDate,
  startOfVietnamDay,
  vietnamDateOf,
  vietnamInstant,
  vietnamTimeOf,
} from './vietnam-time';

describe('Vietnam local time (UTC+7)', () => {
  it('reads the local date: 17:00 UTC is already the next day in Vietnam', () => {
    expect(vietnamDateOf(new Date('2024-02-09T16:59:59.999Z'))).toEqual({ year: 2024, month: 2, day: 9 });
    expect(vietnamDateOf(new Date('2024-02-09T17:00:00.000Z'))).toEqual({ year: 2024, month: 2, day: 10 });
    expect(formatVietnamDate(new Date('2023-12-31T17:30:00Z'))).toBe('2024-01-01');
  });

  it('reads the local wall-clock time', () => {
    expect(vietnamTimeOf(new Date('2023-09-15T08:01:02.003Z'))).toEqual({
      hour: 15,
      minute: 1,
      second: 2,
      millisecond: 3,
    });
  });

  it('builds the instant of a local wall-clock time and rejects dates that do not exist', () => {
    expect(vietnamInstant(2023, 9, 15, 15, 0).toISOString()).toBe('2023-09-15T08:00:00.000Z');
    expect(vietnamInstant(2024, 1, 1).toISOString()).toBe('2023-12-31T17:00:00.000Z');
    expect(() => vietnamInstant(2023, 2, 29)).toThrow(CalendarError);
    expect(() => vietnamInstant(2023, 4, 31)).toThrow(/not a calendar date/);
    expect(() => vietnamInstant(2023, 4, 1, 24)).toThrow(CalendarError);
  });

  it('gives the start and end of the local day', () => {
    const instant = new Date('2023-09-15T20:00:00Z'); // 03:00 on the 16th in Vietnam
    expect(startOfVietnamDay(instant).toISOString()).toBe('2023-09-15T17:00:00.000Z');
    expect(endOfVietnamDay(instant).toISOString()).toBe('2023-09-16T16:59:59.999Z');
  });

  it('refuses an invalid Date', () => {
    expect(() => vietnamDateOf(new Date(Number.NaN))).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
  });

  it('round-trips any instant through its local date and time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-02'), max: new Date('2199-12-30'), noInvalidDate: true }),
        (d) => {
          const { year, month, day } = vietnamDateOf(d);
          const { hour, minute, second, millisecond } = vietnamTimeOf(d);
          expect(vietnamInstant(year, month, day, hour, minute, second, millisecond).getTime()).toBe(
            d.getTime(),
          );
        },
      ),
    );
  });
});
