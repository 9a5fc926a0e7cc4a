import type { Clock } from './clock';

/** Real elapsed time in milliseconds; any monotonic origin. */
export type RealTimeSource = () => number;

// performance.now() is monotonic (an NTP step cannot move business time back) and jest's fake timers replace it.
const performanceNow: RealTimeSource = () => performance.now();

function assertSpeed(speed: number): void {
  if (!Number.isFinite(speed) || speed <= 0) {
    throw new RangeError(`VirtualClock speed must be a positive finite number, got ${speed}`);
  }
}

/**
 * Business time for simulations: starts at a chosen instant and runs `speed` business ms per real ms
 * (speed 60 = one business minute per real second). It can be paused, jumped forward, and never goes backwards,
 * because deadlines already computed from it must stay consistent.
 */
export class VirtualClock implements Clock {
  // Business time = anchorBusiness + (realTime() - anchorReal) * speed while running.
  private anchorBusiness: number;
  private anchorReal: number;
  private currentSpeed: number;
  private paused = false;
  private lastIssued: number;

  constructor(
    start: Date,
    speed = 1,
    private readonly realTime: RealTimeSource = performanceNow,
  ) {
    if (Number.isNaN(start.getTime())) throw new RangeError('VirtualClock start must be a valid Date');
    assertSpeed(speed);
    this.anchorBusiness = start.getTime();
    this.anchorReal = realTime();
    this.currentSpeed = speed;
    this.lastIssued = this.anchorBusiness;
  }

  get speed(): number {
    return this.currentSpeed;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  now(): Date {
    // Guard against a real-time source that steps back (e.g. an injected Date.now); business time only advances.
    this.lastIssued = Math.max(this.lastIssued, Math.floor(this.businessMs()));
    return new Date(this.lastIssued);
  }

  /** Jumps business time forward by `ms` (e.g. to skip to a dossier's deadline). */
  advanceBy(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`VirtualClock can only advance by ms >= 0, got ${ms}`);
    this.rebase();
    this.anchorBusiness += ms;
  }

  /** Moves business time to `date`, which must not be earlier than now. */
  set(date: Date): void {
    const target = date.getTime();
    if (Number.isNaN(target)) throw new RangeError('VirtualClock.set needs a valid Date');
    const current = this.now().getTime();
    if (target < current) {
      throw new RangeError(
        `VirtualClock cannot go backwards: ${date.toISOString()} is before ${new Date(current).toISOString()}`,
      );
    }
    this.rebase();
    this.anchorBusiness = target;
  }

  /** Changes the pace from now on; time already elapsed keeps the old pace. */
  setSpeed(speed: number): void {
    assertSpeed(speed);
    this.rebase();
    this.currentSpeed = speed;
  }

  pause(): void {
    if (this.paused) return;
    this.rebase();
    this.paused = true;
  }

  resume(): void {
    if (!this.paused) return;
    this.anchorReal = this.realTime();
    this.paused = false;
  }

  private businessMs(): number {
    if (this.paused) return this.anchorBusiness;
    return this.anchorBusiness + (this.realTime() - this.anchorReal) * this.currentSpeed;
  }

  /** Folds elapsed time into the business anchor so later changes apply only from this instant. */
  private rebase(): void {
    this.anchorBusiness = Math.max(this.lastIssued, this.businessMs());
    this.anchorReal = this.realTime();
  }
}
