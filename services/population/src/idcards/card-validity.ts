import type { AgeBand } from './idcard-application.entity';

/** Ages at which a CCCD card must be renewed (Law on Identification 2023, art. 21). */
export const RENEWAL_AGES = [14, 25, 40, 60] as const;
/** A card issued within this many years before a renewal age stays valid until the next one. */
const GRACE_YEARS = 2;

/** Completed years between a birth date and a day, both `YYYY-MM-DD`. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageBandOn(birthDate: string, day: string): AgeBand {
  const age = ageOn(birthDate, day);
  return age < 6 ? '0-6' : age < 14 ? '6-14' : 'over-14';
}

/**
 * When a card issued on `issuedOn` expires: the birthday at the next renewal age — skipping one that is less than
 * two years away — or null (no expiry) when no renewal age is left, as for cards issued from 58 on.
 */
export function cardExpiry(birthDate: string, issuedOn: string): string | null {
  for (const age of RENEWAL_AGES) {
    const milestone = anniversary(birthDate, age);
    if (anniversary(issuedOn, GRACE_YEARS) > milestone) continue; // passed, or less than two years away
    return milestone;
  }
  return null;
}

/** The same calendar day `years` later (29 February falls back to the 28th in common years). */
function anniversary(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) + years;
  const monthDay = day.slice(5) === '02-29' && !isLeap(year) ? '02-28' : day.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
