export { CalendarError, type CalendarErrorCode } from './calendar.errors';
export {
  VIETNAM_UTC_OFFSET_MINUTES,
  MIN_SUPPORTED_YEAR,
  MAX_SUPPORTED_YEAR,
  type VietnamDate,
  type VietnamTime,
  vietnamDateOf,
  vietnamTimeOf,
  vietnamInstant,
  startOfVietnamDay,
  endOfVietnamDay,
  formatVietnamDate,
} from './vietnam-time';
export { type LunarDate, lunarToSolar, solarToLunar, leapMonthOf } from './lunar-calendar';
export {
  type PublicHoliday,
  type PublicHolidayKind,
  publicHolidaysOf,
  isPublicHoliday,
} from './public-holidays';
export { isWorkingDay, nextWorkingDay, addWorkingDays, workingDaysBetween } from './working-days';
export { RECEPTION_CUTOFF_HOUR, effectiveReceptionDay, dueDate, isOnTime } from './deadline';
export { rfc3339Millis, isoString, civilDate, daysFromCivil } from './rfc3339';
