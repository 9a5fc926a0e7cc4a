import fc from 'fast-check';
import { lunarToSolar, solarToLunar } from './lunar-calendar';
import { isPublicHoliday, publicHolidaysOf } from './public-holidays';
import { formatVietnamDate, vietnamInstant } from './vietnam-time';

const datesOf = (year: number) => publicHolidaysOf(year).map((h) => h.isoDate);

describe('public holidays (Labour Code 2019, Art. 112)', () => {
  it('lists the 11 days of 2024: Tết from the last day of the lunar year to lunar 4/1, and 2/9 + 3/9', () => {
    expect(datesOf(2024)).toEqual([
      '2024-01-01',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-04-18',
      '2024-04-30',
      '2024-05-01',
      '2024-09-02',
      '2024-09-03',
    ]);
  });

  it('starts Tết on 29 Tết when lunar month 12 is short (2025)', () => {
    expect(datesOf(2025).slice(1, 6)).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
    ]);
    expect(solarToLunar(vietnamInstant(2025, 1, 28))).toMatchObject({ month: 12, day: 29 });
  });

  it('picks the National Day neighbour that touches a weekend, as the decisions of 2021-2025 did', () => {
    const nationalDays = (year: number) => datesOf(year).filter((d) => d.slice(5, 7) === '09');
    expect(nationalDays(2021)).toEqual(['2021-09-02', '2021-09-03']);
    expect(nationalDays(2022)).toEqual(['2022-09-01', '2022-09-02']);
    expect(nationalDays(2023)).toEqual(['2023-09-01', '2023-09-02']);
    expect(nationalDays(2024)).toEqual(['2024-09-02', '2024-09-03']);
    expect(nationalDays(2025)).toEqual(['2025-09-01', '2025-09-02']);
  });

  it('names each holiday in Vietnamese and English and gives its Vietnam midnight', () => {
    const [newYear, eve] = publicHolidaysOf(2023);
    expect(newYear).toMatchObject({ kind: 'new-year', name: 'Tết Dương lịch', nameEn: "New Year's Day" });
    expect(newYear.date.toISOString()).toBe('2022-12-31T17:00:00.000Z');
    expect(eve).toMatchObject({
      kind: 'lunar-new-year',
      isoDate: '2023-01-21',
      nameEn: 'Lunar New Year (eve)',
    });
    expect(publicHolidaysOf(2023).find((h) => h.kind === 'hung-kings')?.isoDate).toBe('2023-04-29');
  });

  it('answers isPublicHoliday in Vietnam time', () => {
    expect(isPublicHoliday(new Date('2024-04-29T17:00:00Z'))).toBe(true); // 00:00 on 30/4 in Vietnam
    expect(isPublicHoliday(new Date('2024-04-29T16:59:59Z'))).toBe(false);
  });

  it('does not let callers corrupt the cached list', () => {
    publicHolidaysOf(2026)[0].date.setTime(0);
    expect(publicHolidaysOf(2026)[0].isoDate).toBe('2026-01-01');
    expect(formatVietnamDate(publicHolidaysOf(2026)[0].date)).toBe('2026-01-01');
  });

  it('has, every year, 11 entries in date order with a 5-day Tết ending on lunar 4/1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2198 }), (year) => {
        const holidays = publicHolidaysOf(year);
        expect(holidays).toHaveLength(11);
        const times = holidays.map((h) => h.date.getTime());
        expect([...times].sort((a, b) => a - b)).toEqual(times);
        const tet = holidays.filter((h) => h.kind === 'lunar-new-year').map((h) => h.date.getTime());
        expect(tet).toHaveLength(5);
        expect(tet.every((t, i) => i === 0 || t - tet[i - 1] === 86_400_000)).toBe(true);
        expect(tet[4]).toBe(lunarToSolar(year, 1, 4).getTime());
      }),
      { numRuns: 60 },
    );
  });
});
