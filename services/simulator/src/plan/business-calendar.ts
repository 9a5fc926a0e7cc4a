import { isWorkingDay, vietnamInstant } from '@d06/domain';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Vietnam-time instant of `date` (YYYY-MM-DD) at hh:mm. */
export function at(date: string, hour: number, minute = 0): Date {
  const [y, m, d] = date.split('-').map(Number);
  return vietnamInstant(y, m, d, hour, minute);
}

/** The working days of [from, to] (Vietnam dates), as their 00:00 instants. */
export function workingDaysOf(from: string, to: string): Date[] {
  const days: Date[] = [];
  for (let t = at(from, 0).getTime(); t <= at(to, 0).getTime(); t += DAY_MS) {
    // noon avoids any doubt about which Vietnam day an instant belongs to
    if (isWorkingDay(new Date(t + 12 * HOUR_MS))) days.push(new Date(t));
  }
  if (days.length === 0) throw new Error(`the period ${from}..${to} has no working day`);
  return days;
}

/**
 * The i-th of n instants spread evenly over `days`, within working hours 08:00–14:59 (before the 15:00 reception
 * cut-off, so an action counts as received on its own day). Even spreading, not a draw: the same plan always.
 * `offsetMinutes` shifts a family of actions so families on the same day do not share instants.
 */
export function spread(i: number, n: number, days: readonly Date[], offsetMinutes = 0): Date {
  const d = days.length;
  const dayIndex = Math.floor((i * d) / n);
  const first = Math.ceil((dayIndex * n) / d);
  const onDay = Math.ceil(((dayIndex + 1) * n) / d) - first;
  const minute =
    8 * 60 + ((Math.floor(((i - first) * 7 * 60) / Math.max(onDay, 1)) + offsetMinutes) % (7 * 60));
  return new Date(days[dayIndex].getTime() + minute * 60_000 + (i % 60) * 1_000);
}

export const HOUR = HOUR_MS;
