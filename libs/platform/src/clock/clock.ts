/** Port for "what time is it" in business terms; deadlines and event times come from here, never from `new Date()`. */
export interface Clock {
  now(): Date;
}

/** Nest injection token: `@Inject(CLOCK) private readonly clock: Clock`. */
export const CLOCK = Symbol.for('@d06/platform/Clock');

/** Wall-clock time, for production. */
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}
