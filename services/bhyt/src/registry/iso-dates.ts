import { formatVietnamDate } from '@d06/domain';

// Calendar arithmetic on `YYYY-MM-DD` strings: card validity is a matter of days, not instants.

/** The business day (Vietnam time) of an instant. */
export function dayOf(instant: Date): string {
  return formatVietnamDate(instant);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Same day `months` later, clamped to the month's end (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))));
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, 12 * years);
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}
