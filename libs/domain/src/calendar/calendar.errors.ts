/** Errors the calendar raises: bad input, or a date outside the range the lunar algorithm is checked for. */
export type CalendarErrorCode = 'invalid-date' | 'out-of-range' | 'invalid-lunar-date' | 'invalid-argument';

export class CalendarError extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
