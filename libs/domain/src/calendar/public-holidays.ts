import { dayIndexOfLunarDate } from './lunar-calendar';
import {
  checkSupportedYear,
  dayIndexOf,
  dayIndexOfVietnamDate,
  formatVietnamDate,
  startOfDayIndex,
  vietnamDateOfDayIndex,
  weekdayOfDayIndex,
} from './vietnam-time';

/**
 * Public holidays of the Labour Code 2019, Art. 112 (11 days), applied to every year (earlier codes had fewer):
 * - Tết Dương lịch 1/1;
 * - Tết Âm lịch, 5 days: the last day of the lunar year (30 Tết, or 29 when month 12 is short) through lunar 4/1.
 *   Each year the government decides the actual five days (often 29 Tết–mùng 4 or 30 Tết–mùng 4, plus swapped
 *   days); this fixed rule is our approximation;
 * - Giỗ Tổ Hùng Vương, lunar 10/3 (the ordinary month 3 in a year with a leap month 3);
 * - 30/4 and 1/5;
 * - Quốc khánh 2/9 plus one adjacent day. The law says "one day before or after"; we pick the side that touches a
 *   weekend — 3/9 when 2/9 is a Sunday, Monday or Thursday, else 1/9 — which matches the decisions for 2021–2025.
 * Compensatory days off (nghỉ bù) when a holiday falls on a weekend, and swapped working days, are not modelled.
 */
export type PublicHolidayKind =
  'new-year' | 'lunar-new-year' | 'hung-kings' | 'reunification' | 'labour' | 'national-day';

export interface PublicHoliday {
  /** 00:00 Vietnam time of the holiday. */
  readonly date: Date;
  /** `YYYY-MM-DD`, Vietnam-local. */
  readonly isoDate: string;
  readonly kind: PublicHolidayKind;
  /** Vietnamese name. */
  readonly name: string;
  readonly nameEn: string;
}

interface HolidayDay {
  readonly dayIndex: number;
  readonly kind: PublicHolidayKind;
  readonly name: string;
  readonly nameEn: string;
}

const TET_DAY_NAMES = [
  'Ngày cuối năm âm lịch (29 hoặc 30 Tết)',
  'Mùng 1 Tết',
  'Mùng 2 Tết',
  'Mùng 3 Tết',
  'Mùng 4 Tết',
];

function nationalDayNeighbour(year: number): number {
  const national = dayIndexOfVietnamDate({ year, month: 9, day: 2 });
  const weekday = weekdayOfDayIndex(national);
  return weekday === 0 || weekday === 1 || weekday === 4 ? national + 1 : national - 1;
}

function holidayDaysOf(year: number): HolidayDay[] {
  const solar = (month: number, day: number) => dayIndexOfVietnamDate({ year, month, day });
  const tet = dayIndexOfLunarDate(year, 1, 1);
  const days: HolidayDay[] = [
    { dayIndex: solar(1, 1), kind: 'new-year', name: 'Tết Dương lịch', nameEn: "New Year's Day" },
    ...TET_DAY_NAMES.map((dayName, i) => ({
      dayIndex: tet - 1 + i,
      kind: 'lunar-new-year' as const,
      name: `Tết Âm lịch – ${dayName}`,
      nameEn: `Lunar New Year (${i === 0 ? 'eve' : `day ${i}`})`,
    })),
    {
      dayIndex: dayIndexOfLunarDate(year, 3, 10),
      kind: 'hung-kings',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      nameEn: "Hung Kings' Commemoration Day",
    },
    {
      dayIndex: solar(4, 30),
      kind: 'reunification',
      name: 'Ngày Chiến thắng (30/4)',
      nameEn: 'Reunification Day',
    },
    {
      dayIndex: solar(5, 1),
      kind: 'labour',
      name: 'Ngày Quốc tế Lao động (1/5)',
      nameEn: 'International Labour Day',
    },
    { dayIndex: solar(9, 2), kind: 'national-day', name: 'Quốc khánh (2/9)', nameEn: 'National Day' },
    {
      dayIndex: nationalDayNeighbour(year),
      kind: 'national-day',
      name: 'Quốc khánh (ngày liền kề)',
      nameEn: 'National Day (adjacent day)',
    },
  ];
  // Giỗ Tổ falls between 30/3 and 30/4; it met 30/4 once (1947). Coinciding entries both stay: one day off.
  return days.sort((a, b) => a.dayIndex - b.dayIndex);
}

const HOLIDAY_CACHE = new Map<
  number,
  { readonly list: readonly PublicHoliday[]; readonly days: ReadonlySet<number> }
>();

function holidaysOfYear(year: number) {
  let entry = HOLIDAY_CACHE.get(year);
  if (!entry) {
    const days = holidayDaysOf(year);
    entry = {
      list: Object.freeze(
        days.map(({ dayIndex, kind, name, nameEn }) =>
          Object.freeze({
            date: startOfDayIndex(dayIndex),
            isoDate: formatVietnamDate(vietnamDateOfDayIndex(dayIndex)),
            kind,
            name,
            nameEn,
          }),
        ),
      ),
      days: new Set(days.map((day) => day.dayIndex)),
    };
    HOLIDAY_CACHE.set(year, entry);
  }
  return entry;
}

/** The public holidays of a solar year (1900–2199), in date order, each with its Vietnamese and English name. */
export function publicHolidaysOf(year: number): readonly PublicHoliday[] {
  checkSupportedYear(year, 'year');
  return holidaysOfYear(year).list.map((holiday) => ({ ...holiday, date: new Date(holiday.date.getTime()) }));
}

/** Whether a Vietnam-local day (day index) is a public holiday. */
export function isHolidayDayIndex(dayIndex: number): boolean {
  const { year } = vietnamDateOfDayIndex(dayIndex);
  checkSupportedYear(year, 'year');
  return holidaysOfYear(year).days.has(dayIndex);
}

/** Whether the instant's Vietnam-local day is a public holiday. */
export function isPublicHoliday(date: Date): boolean {
  return isHolidayDayIndex(dayIndexOf(date));
}
