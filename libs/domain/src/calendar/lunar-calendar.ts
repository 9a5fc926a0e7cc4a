import { CalendarError } from './calendar.errors';
import {
  JULIAN_DAY_OF_DAY_INDEX_0,
  leapMonthOffset,
  lunarMonth11Start,
  lunationIndex,
  nearestLunationIndex,
  newMoonDay,
} from './lunar-astronomy';
import { checkSupportedYear, dayIndexOf, startOfDayIndex, vietnamDateOfDayIndex } from './vietnam-time';

/**
 * Vietnamese lunar calendar (UTC+7), implemented here rather than with @dqcai/vn-lunar: that package's CommonJS
 * entry does not load under Node 20 (`"type": "module"` over a CommonJS file), its code is obfuscated so it cannot
 * be reviewed, and it returns silent zeros or overflowed dates for bad input. A one-off comparison over every
 * day of 1968–2199 agreed except in 8 months whose new moon falls within ~2 minutes of local midnight (2054,
 * 2072, 2077, 2130, 2150, 2159, 2175, 2199) — below this algorithm's precision. Before 1968 the official
 * calendar used UTC+8 (the package's tables follow it); this code computes UTC+7 for every year.
 */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** True for the intercalary month (tháng nhuận) that repeats `month`. */
  readonly leapMonth: boolean;
}

/** Lunar date of a day index (Vietnam-local day). */
export function lunarDateOfDayIndex(dayIndex: number): LunarDate {
  const dayNumber = dayIndex + JULIAN_DAY_OF_DAY_INDEX_0;
  const solarYear = vietnamDateOfDayIndex(dayIndex).year;
  // The mean-lunation estimate can be off by one month near a new moon (the original steps back only once, which
  // gives "day 0" on e.g. 2054-05-07), so step back until the month starts on or before the day.
  let k = lunationIndex(dayNumber) + 1;
  let monthStart = newMoonDay(k);
  while (monthStart > dayNumber) {
    k -= 1;
    monthStart = newMoonDay(k);
  }
  let a11 = lunarMonth11Start(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = lunarMonth11Start(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = lunarMonth11Start(solarYear + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leapMonth = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (diff >= leapOffset) {
      month = diff + 10;
      leapMonth = diff === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leapMonth };
}

/** Start (Julian day) of a lunar month, or undefined when the year has no such leap month. */
function monthStartDay(year: number, month: number, leapMonth: boolean): number | undefined {
  const a11 = lunarMonth11Start(month < 11 ? year - 1 : year);
  const b11 = lunarMonth11Start(month < 11 ? year : year + 1);
  const k = nearestLunationIndex(a11);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    let leapMonthNumber = leapOffset - 2;
    if (leapMonthNumber < 0) leapMonthNumber += 12;
    if (leapMonth && month !== leapMonthNumber) return undefined;
    if (leapMonth || offset >= leapOffset) offset += 1;
  } else if (leapMonth) {
    return undefined;
  }
  return newMoonDay(k + offset);
}

/** Day index of a lunar date; throws CalendarError for a date that does not exist. */
export function dayIndexOfLunarDate(year: number, month: number, day: number, leapMonth = false): number {
  checkSupportedYear(year, 'lunar year');
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new CalendarError('invalid-lunar-date', `lunar ${day}/${month}/${year} is not a lunar date`);
  }
  const start = monthStartDay(year, month, leapMonth);
  if (start === undefined) {
    throw new CalendarError('invalid-lunar-date', `lunar year ${year} has no leap month ${month}`);
  }
  const dayIndex = start + day - 1 - JULIAN_DAY_OF_DAY_INDEX_0;
  const back = lunarDateOfDayIndex(dayIndex);
  if (back.day !== day || back.month !== month || back.leapMonth !== leapMonth) {
    throw new CalendarError('invalid-lunar-date', `lunar month ${month}/${year} has only 29 days`);
  }
  return dayIndex;
}

/** 00:00 Vietnam time of the solar day a lunar date falls on. */
export function lunarToSolar(
  lunarYear: number,
  lunarMonth: number,
  lunarDay: number,
  leapMonth = false,
): Date {
  return startOfDayIndex(dayIndexOfLunarDate(lunarYear, lunarMonth, lunarDay, leapMonth));
}

/** The lunar date of the instant's Vietnam-local day. */
export function solarToLunar(date: Date): LunarDate {
  const dayIndex = dayIndexOf(date);
  checkSupportedYear(vietnamDateOfDayIndex(dayIndex).year, 'year');
  return lunarDateOfDayIndex(dayIndex);
}

/** The leap month (1–12) of a lunar year, or undefined when it has 12 months. */
export function leapMonthOf(lunarYear: number): number | undefined {
  checkSupportedYear(lunarYear, 'lunar year');
  for (let month = 1; month <= 12; month += 1) {
    if (monthStartDay(lunarYear, month, true) !== undefined) return month;
  }
  return undefined;
}
