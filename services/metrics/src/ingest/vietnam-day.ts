const OFFSET_MS = 7 * 3_600_000;

/** The Vietnam calendar day (UTC+7, no daylight saving) of an RFC 3339 instant, `YYYY-MM-DD`. */
export function vietnamDay(instant: string): string | undefined {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return undefined;
  return new Date(time + OFFSET_MS).toISOString().slice(0, 10);
}

/** Three-digit province code (`38` → `038`); undefined when not one. */
export function provinceCode(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !/^\d{2,3}$/.test(raw)) return undefined;
  return raw.padStart(3, '0');
}
