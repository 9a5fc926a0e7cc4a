import { CalendarError } from './calendar.errors';
import { dayIndexOf, startOfDayIndex, vietnamTimeOf } from './vietnam-time';
import { isWorkingDayIndex, nthWorkingDayAfter } from './working-days';

/**
 * Legal processing deadlines for dossiers (hồ sơ), as implemented here:
 * 1. Effective reception day: the Vietnam-local day the dossier arrived, if that is a working day and it arrived
 *    at or before 15:00:00.000; otherwise (after 15:00, or on a weekend/holiday) the next working day. The 15:00
 *    cut-off is the one-stop practice (Decree 61/2018, civil-status rules, QĐ 296/QĐ-VPCP for linked procedures).
 * 2. The reception day itself does not count (Civil Code Art. 147: a period in days starts the next day): the
 *    deadline is the end (23:59:59.999 Vietnam time) of the N-th working day after the effective reception day.
 *    N = 0 means "within the day" (e.g. birth registration): the end of the effective reception day.
 * A result is on time when it is completed at or before that instant.
 */
export const RECEPTION_CUTOFF_HOUR = 15;

function receptionDayIndex(receivedAt: Date): number {
  const day = dayIndexOf(receivedAt);
  const { hour, minute, second, millisecond } = vietnamTimeOf(receivedAt);
  const afterCutoff =
    hour > RECEPTION_CUTOFF_HOUR || (hour === RECEPTION_CUTOFF_HOUR && minute + second + millisecond > 0);
  return isWorkingDayIndex(day) && !afterCutoff ? day : nthWorkingDayAfter(day, 1);
}

/** 00:00 Vietnam time of the day a dossier counts as received (always a working day). */
export function effectiveReceptionDay(receivedAt: Date): Date {
  return startOfDayIndex(receptionDayIndex(receivedAt));
}

/** The end of the `workingDays`-th working day after the effective reception day (see above). */
export function dueDate(receivedAt: Date, workingDays: number): Date {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new CalendarError('invalid-argument', 'workingDays must be an integer ≥ 0');
  }
  const due = nthWorkingDayAfter(receptionDayIndex(receivedAt), workingDays);
  return new Date(startOfDayIndex(due + 1).getTime() - 1);
}

/** Whether a dossier completed at `completedAt` met its legal time limit. */
export function isOnTime(receivedAt: Date, completedAt: Date, workingDays: number): boolean {
  return completedAt.getTime() <= dueDate(receivedAt, workingDays).getTime();
}
