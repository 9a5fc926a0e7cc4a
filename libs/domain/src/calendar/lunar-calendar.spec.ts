import fc from 'fast-check';
import { CalendarError } from './calendar.errors';
import { leapMonthOf, lunarToSolar, solarToLunar } from './lunar-calendar';
import { formatVietnamDate, vietnamInstant } from './vietnam-time';

const solarOf = (year: number, month: number, day: number, leap = false) =>
  formatVietnamDate(lunarToSolar(year, month, day, leap));

describe('Vietnamese lunar calendar', () => {
  it('puts Tết (lunar 1/1) on the known dates', () => {
    expect(solarOf(2023, 1, 1)).toBe('2023-01-22');
    expect(solarOf(2024, 1, 1)).toBe('2024-02-10');
    expect(solarOf(2025, 1, 1)).toBe('2025-01-29');
    expect(solarOf(2026, 1, 1)).toBe('2026-02-17');
  });

  it('puts Giỗ Tổ Hùng Vương (lunar 10/3) on the known dates', () => {
    expect(solarOf(2023, 3, 10)).toBe('2023-04-29');
    expect(solarOf(2024, 3, 10)).toBe('2024-04-18');
    expect(solarOf(2025, 3, 10)).toBe('2025-04-07');
  });

  it('computes in UTC+7: Vietnamese Tết differs from Chinese Tết in 1985 and 2007', () => {
    expect(solarOf(1985, 1, 1)).toBe('1985-01-21');
    expect(solarToLunar(vietnamInstant(1985, 2, 20))).toEqual({
      year: 1985,
      month: 2,
      day: 1,
      leapMonth: false,
    });
    expect(solarOf(2007, 1, 1)).toBe('2007-02-17');
    expect(solarToLunar(vietnamInstant(2007, 2, 18))).toEqual({
      year: 2007,
      month: 1,
      day: 2,
      leapMonth: false,
    });
  });

  it('reads the lunar date of the Vietnam-local day, not the UTC day', () => {
    expect(solarToLunar(new Date('2024-02-09T17:00:00Z'))).toEqual({
      year: 2024,
      month: 1,
      day: 1,
      leapMonth: false,
    });
    expect(solarToLunar(new Date('2024-02-09T16:59:59Z'))).toEqual({
      year: 2023,
      month: 12,
      day: 30,
      leapMonth: false,
    });
  });

  it('knows the leap months (2020: 4, 2023: 2, 2025: 6; none in 2024)', () => {
    expect([2020, 2023, 2024, 2025, 2026].map(leapMonthOf)).toEqual([4, 2, undefined, 6, undefined]);
    expect(solarOf(2023, 2, 1, true)).toBe('2023-03-22');
    expect(solarOf(2023, 3, 1)).toBe('2023-04-20');
    expect(solarToLunar(vietnamInstant(2023, 3, 22))).toEqual({
      year: 2023,
      month: 2,
      day: 1,
      leapMonth: true,
    });
  });

  it('rejects lunar dates that do not exist', () => {
    expect(() => lunarToSolar(2024, 2, 1, true)).toThrow(/no leap month 2/);
    // Month 12 of 2024 (Giáp Thìn) is short: Tết Ất Tỵ 2025 has no "30 Tết".
    expect(() => lunarToSolar(2024, 12, 30)).toThrow(/only 29 days/);
    expect(solarOf(2023, 12, 30)).toBe('2024-02-09');
    expect(() => lunarToSolar(2024, 13, 1)).toThrow(expect.objectContaining({ code: 'invalid-lunar-date' }));
    expect(() => lunarToSolar(2024, 1, 0)).toThrow(CalendarError);
  });

  it('refuses years outside 1900-2199', () => {
    expect(() => lunarToSolar(1899, 1, 1)).toThrow(expect.objectContaining({ code: 'out-of-range' }));
    expect(() => solarToLunar(vietnamInstant(2200, 1, 1))).toThrow(
      expect.objectContaining({ code: 'out-of-range' }),
    );
  });

  const firstDay = vietnamInstant(1900, 3, 1).getTime();
  const anyDay = fc
    .integer({ min: 0, max: 109_000 })
    .map((offset) => new Date(firstDay + offset * 86_400_000));

  it('round-trips every solar day through its lunar date', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const lunar = solarToLunar(day);
        expect(lunarToSolar(lunar.year, lunar.month, lunar.day, lunar.leapMonth).getTime()).toBe(
          day.getTime(),
        );
      }),
    );
  });

  it('advances one lunar day per solar day, starting a new 29- or 30-day month after the last day', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const today = solarToLunar(day);
        const tomorrow = solarToLunar(new Date(day.getTime() + 86_400_000));
        if (tomorrow.day === 1) expect([29, 30]).toContain(today.day);
        else expect(tomorrow).toEqual({ ...today, day: today.day + 1 });
      }),
    );
  });
});
