import { CalendarError } from './calendar.errors';
import { isHolidayDayIndex } from './public-holidays';
import { dayIndexOf, startOfDayIndex, weekdayOfDayIndex } from './vietnam-time';

/**
 * Working days: Monday–Friday that are not public holidays (see public-holidays.ts), in Vietnam local time.
 * Saturday is treated as a day off everywhere, as for the state agencies that process dossiers.
 */
export function isWorkingDayIndex(dayIndex: number): boolean {
  const weekday = weekdayOfDayIndex(dayIndex);
  return weekday !== 0 && weekday !== 6 && !isHolidayDayIndex(dayIndex);
}

/** Whether the instant's Vietnam-local day is a working day. */
export function isWorkingDay(date: Date): boolean {
  return isWorkingDayIndex(dayIndexOf(date));
}

/** Day index of the n-th working day strictly after `dayIndex` (n ≥ 1); `dayIndex` itself when n = 0. */
export function nthWorkingDayAfter(dayIndex: number, n: number): number {
  let day = dayIndex;
  for (let found = 0; found < n;) {
    day += 1;
    if (isWorkingDayIndex(day)) found += 1;
  }
  return day;
}

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0)
    throw new CalendarError('invalid-argument', `${what} must be an integer ≥ 0`);
}

/** 00:00 Vietnam time of the first working day after the instant's local day. */
export function nextWorkingDay(date: Date): Date {
  return startOfDayIndex(nthWorkingDayAfter(dayIndexOf(date), 1));
}

/**
 * The same Vietnam-local time of day on the n-th working day after the instant's local day (which itself never
 * counts, working day or not). n = 0 gives the instant back.
 */
export function addWorkingDays(date: Date, n: number): Date {
  checkCount(n, 'number of working days');
  const from = dayIndexOf(date);
  const to = nthWorkingDayAfter(from, n);
  return new Date(date.getTime() + (to - from) * 86_400_000);
}

/**
 * Working days after a's local day up to and including b's local day; negative when b is before a. So
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n`, and a deadline of N working days is met when
 * `workingDaysBetween(effective reception, completion) <= N`.
 */
export function workingDaysBetween(a: Date, b: Date): number {
  const from = dayIndexOf(a);
  const to = dayIndexOf(b);
  if (to < from) return 0 - workingDaysBetween(b, a); // 0 - x, not -x: never -0
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) if (isWorkingDayIndex(day)) count += 1;
  return count;
}
