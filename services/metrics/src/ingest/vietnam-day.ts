import * as domain from '@d06/domain';

// read once: under the CommonJS transform each use of a name re-exported through `export *` is a getter call,
// and these run for every consumed event
const { civilDate, rfc3339Millis } = domain;

const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
let lastDays = Number.NaN;
let lastDay = '';

/** The Vietnam calendar day (UTC+7, no daylight saving) of an RFC 3339 instant, `YYYY-MM-DD`. */
export function vietnamDay(instant: string): string | undefined {
  const fast = rfc3339Millis(instant);
  if (fast === undefined) {
    const time = Date.parse(instant);
    return Number.isNaN(time) ? undefined : new Date(time + OFFSET_MS).toISOString().slice(0, 10);
  }
  if (instant.endsWith('+07:00')) return instant.slice(0, 10); // already Vietnam time
  const days = Math.floor((fast + OFFSET_MS) / DAY_MS);
  if (days !== lastDays) {
    lastDays = days;
    lastDay = civilDate(days);
  }
  return lastDay;
}

/** Three-digit province code (`38` → `038`); undefined when not one. */
export function provinceCode(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !/^\d{2,3}$/.test(raw)) return undefined;
  return raw.padStart(3, '0');
}
