const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY_MS = 86_400_000;

/**
 * Epoch milliseconds of an RFC 3339 time in the shape producers write — `YYYY-MM-DDTHH:MM:SS[.f{1,3}]` then `Z` or
 * `±HH:MM` — checked field by field (real calendar day, hour ≤ 23, no leap second). Undefined for any other
 * shape, so callers fall back to `Date` for the rare rest; `Date`'s own parsing of offset times costs over 1 µs,
 * too much for every consumed event.
 */
export function rfc3339Millis(text: string): number | undefined {
  const length = text.length;
  if (length < 20 || length > 29) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59 ||
    text.charCodeAt(4) !== 45 || // -
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 || // T
    text.charCodeAt(13) !== 58 || // :
    text.charCodeAt(16) !== 58
  )
    return undefined;
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === 46) {
    // .f, .ff or .fff
    let scale = 100;
    at++;
    while (at < length && isDigit(text.charCodeAt(at)) && scale >= 1) {
      millis += (text.charCodeAt(at) - 48) * scale;
      scale /= 10;
      at++;
    }
    if (scale === 100) return undefined;
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(at);
  if (zone === 90 /* Z */ && at + 1 === length) {
    offsetMinutes = 0;
  } else if ((zone === 43 || zone === 45) && at + 6 === length && text.charCodeAt(at + 3) === 58) {
    const zoneHours = digits(text, at + 1, 2);
    const zoneMinutes = digits(text, at + 4, 2);
    if (zoneHours < 0 || zoneHours > 23 || zoneMinutes < 0 || zoneMinutes > 59) return undefined;
    offsetMinutes = (zone === 45 ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  } else return undefined;
  const days = daysFromCivil(year, month, day);
  return days * DAY_MS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/** `Date#toISOString()` for years 0–9999, without `Date` (several times faster). */
export function isoString(millis: number): string {
  const days = Math.floor(millis / DAY_MS);
  let rest = millis - days * DAY_MS;
  const ms = rest % 1000;
  rest = (rest - ms) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  return (
    `${civilDate(days)}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}.` +
    `${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`
  );
}

/** `YYYY-MM-DD` of the UTC day `days` after 1970-01-01 (proleptic Gregorian; years 0–9999). */
export function civilDate(days: number): string {
  // Howard Hinnant's civil_from_days
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9_999) return new Date(days * DAY_MS).toISOString().slice(0, 10);
  const century = Math.floor(year / 100);
  return `${TWO_DIGITS[century]}${TWO_DIGITS[year - century * 100]}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1–12; Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month];
}

/** The decimal number in text[at, at + count), or -1 if any of it is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    value = value * 10 + code - 48;
  }
  return value;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
