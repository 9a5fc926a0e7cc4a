/** A report period: inclusive business days, the report date, and the period before it (for changes). */
export interface ReportPeriod {
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
  readonly previous: { readonly from: string; readonly to: string };
}

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function isDate(value: string): boolean {
  return DATE.test(value) && addDays(value, 0) === value;
}

/**
 * The month period `YYYY-MM`. With startDay 1 it is the calendar month; with startDay d > 1 it runs from day d of
 * the previous month to day d−1 of the month (the Thanh Hóa report: startDay 15 → 9/2023 = 15/8–14/9). The report
 * is dated the day after.
 */
export function monthPeriod(period: string, startDay = 1): ReportPeriod {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new RangeError('period: expected YYYY-MM');
  if (!Number.isInteger(startDay) || startDay < 1 || startDay > 28)
    throw new RangeError('startDay: a day from 1 to 28');
  const year = Number(match[1]);
  const bounds = (y: number, m: number): { from: string; to: string } => {
    const first = new Date(Date.UTC(y, m - 1, 1));
    const start = startDay === 1 ? first : new Date(Date.UTC(y, m - 2, startDay));
    const end = startDay === 1 ? new Date(Date.UTC(y, m, 0)) : new Date(Date.UTC(y, m - 1, startDay - 1));
    return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
  };
  const current = bounds(year, month);
  const previous = month === 1 ? bounds(year - 1, 12) : bounds(year, month - 1);
  return { label: `${month}/${year}`, ...current, asOf: addDays(current.to, 1), previous };
}

/** Any range of days; the previous period is the same number of days just before it. */
export function rangePeriod(from: string, to: string): ReportPeriod {
  if (!isDate(from)) throw new RangeError('from: expected a date YYYY-MM-DD');
  if (!isDate(to)) throw new RangeError('to: expected a date YYYY-MM-DD');
  if (to < from) throw new RangeError('to: must not be before from');
  const days = Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
  return {
    label: `${from}–${to}`,
    from,
    to,
    asOf: addDays(to, 1),
    previous: { from: addDays(from, -days), to: addDays(from, -1) },
  };
}

/** The `YYYY-MM` month period containing a day, for a period start day. */
export function periodContaining(day: string, startDay = 1): string {
  const [year, month, date] = day.split('-').map(Number);
  let y = year;
  let m = month;
  if (startDay > 1 && date >= startDay) {
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return `${y}-${String(m).padStart(2, '0')}`;
}
