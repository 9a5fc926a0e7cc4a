// Dates as whole days since 1970-01-01: cheap to compare and add. Conversions use integer civil-calendar
// arithmetic (H. Hinnant's days_from_civil / civil_from_days), much faster than Date objects at millions of calls;
// each day is formatted once through a cache.
import { daysFromCivil } from '@d06/domain';

const CACHE_FROM = daysFromCivil(1890, 1, 1);
const CACHE_TO = daysFromCivil(2150, 12, 31);
const isoCache: (string | undefined)[] = new Array<string | undefined>(CACHE_TO - CACHE_FROM + 1);

/** Day number of a proleptic Gregorian date (month 1–12). */
export const dayOfParts = daysFromCivil;

/** [year, month 1–12, day] of a day number. */
export function partsOf(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** `YYYY-MM-DD` → day number; throws on anything else. */
export function dayOf(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  const result = dayOfParts(Number(match[1]), Number(match[2]), Number(match[3]));
  if (isoOf(result) !== iso) throw new Error(`not a calendar date: ${iso}`);
  return result;
}

export function isoOf(day: number): string {
  if (day < CACHE_FROM || day > CACHE_TO) return format(day);
  return (isoCache[day - CACHE_FROM] ??= format(day));
}

/** The year of a day number (partsOf without the array: called for every citizen). */
export function yearOf(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  return yearOfEra + era * 400 + (mp >= 10 ? 1 : 0);
}

/** The same month and day `years` later (29 February → 28 February in a common year). */
export function addYears(day: number, years: number): number {
  const [year, month, dayOfMonth] = partsOf(day);
  return sameDayIn(year + years, month, dayOfMonth);
}

/** Month and day in another year (29 February → 28 February in a common year). */
export function sameDayIn(year: number, month: number, day: number): number {
  return dayOfParts(year, month, Math.min(day, daysInMonth(year, month)));
}

/** First day of the month `months` after (negative: before) the month of `day`. */
export function monthStart(day: number, months = 0): number {
  const [year, month] = partsOf(day);
  const index = year * 12 + (month - 1) + months;
  return dayOfParts(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** Completed years of age on `onDay` for someone born on `birthDay`. */
export function ageOn(birthDay: number, onDay: number): number {
  const [by, bm, bd] = partsOf(birthDay);
  const [y, m, d] = partsOf(onDay);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function format(day: number): string {
  const [year, month, dayOfMonth] = partsOf(day);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}
