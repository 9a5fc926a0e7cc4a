import { CalendarError } from './calendar.errors';

/**
 * Business time is Vietnam local time: UTC+7 all year (no daylight saving). Everything in the calendar works on
 * "day indexes" — whole Vietnam-local days since 1970-01-01 — so no host time zone can leak in.
 */
export const VIETNAM_UTC_OFFSET_MINUTES = 420;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * MS_PER_MINUTE;

/** Supported calendar years; the lunar algorithm is cross-checked over this range. */
export const MIN_SUPPORTED_YEAR = 1900;
export const MAX_SUPPORTED_YEAR = 2199;

/** A calendar date in Vietnam (month 1–12). */
export interface VietnamDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface VietnamTime {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

function checkedTime(instant: Date): number {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new CalendarError('invalid-date', 'the Date is invalid');
  return time;
}

/** Whole Vietnam-local days since 1970-01-01 (internal unit of the calendar). */
export function dayIndexOf(instant: Date): number {
  return Math.floor((checkedTime(instant) + OFFSET_MS) / MS_PER_DAY);
}

/** 00:00 Vietnam time of a day index. */
export function startOfDayIndex(dayIndex: number): Date {
  return new Date(dayIndex * MS_PER_DAY - OFFSET_MS);
}

export function dayIndexOfVietnamDate({ year, month, day }: VietnamDate): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function vietnamDateOfDayIndex(dayIndex: number): VietnamDate {
  const utc = new Date(dayIndex * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayIndex(dayIndex: number): number {
  return (((dayIndex + 4) % 7) + 7) % 7;
}

/** The Vietnam-local calendar date of an instant. */
export function vietnamDateOf(instant: Date): VietnamDate {
  return vietnamDateOfDayIndex(dayIndexOf(instant));
}

/** The Vietnam-local wall-clock time of an instant. */
export function vietnamTimeOf(instant: Date): VietnamTime {
  const msOfDay = checkedTime(instant) + OFFSET_MS - dayIndexOf(instant) * MS_PER_DAY;
  return {
    hour: Math.floor(msOfDay / 3_600_000),
    minute: Math.floor(msOfDay / MS_PER_MINUTE) % 60,
    second: Math.floor(msOfDay / 1000) % 60,
    millisecond: msOfDay % 1000,
  };
}

/** The instant of a Vietnam-local wall-clock time. Rejects dates that do not exist (31 April). */
export function vietnamInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): Date {
  const parts = [year, month, day, hour, minute, second, ms];
  if (!parts.every(Number.isInteger))
    throw new CalendarError('invalid-date', 'date and time parts must be integers');
  const dayIndex = dayIndexOfVietnamDate({ year, month, day });
  const back = vietnamDateOfDayIndex(dayIndex);
  if (back.year !== year || back.month !== month || back.day !== day) {
    throw new CalendarError('invalid-date', `${year}-${month}-${day} is not a calendar date`);
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0 || ms > 999) {
    throw new CalendarError('invalid-date', 'time of day out of range');
  }
  return new Date(startOfDayIndex(dayIndex).getTime() + ((hour * 60 + minute) * 60 + second) * 1000 + ms);
}

/** 00:00:00.000 Vietnam time of the instant's local day. */
export function startOfVietnamDay(instant: Date): Date {
  return startOfDayIndex(dayIndexOf(instant));
}

/** 23:59:59.999 Vietnam time of the instant's local day. */
export function endOfVietnamDay(instant: Date): Date {
  return new Date(startOfDayIndex(dayIndexOf(instant) + 1).getTime() - 1);
}

/** `YYYY-MM-DD` of the Vietnam-local date. */
export function formatVietnamDate(value: Date | VietnamDate): string {
  const { year, month, day } = value instanceof Date ? vietnamDateOf(value) : value;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function checkSupportedYear(year: number, what: string): void {
  if (!Number.isInteger(year) || year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    throw new CalendarError(
      'out-of-range',
      `${what} ${year} is outside ${MIN_SUPPORTED_YEAR}-${MAX_SUPPORTED_YEAR}`,
    );
  }
}
