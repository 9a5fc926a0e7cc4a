/**
 * The business clock several processes share (DESIGN §7): one small record in Redis that every process turns into
 * business time on its own, so reading the time costs no round trip.
 */
export interface SharedClockState {
  /** Grows with every change (Redis INCR); a process applies only a state newer than the one it has. */
  readonly version: number;
  /** Business time at the anchor, ms since the epoch. */
  readonly anchorBusinessMs: number;
  /** `Date.now()` when the anchor was set: processes on the same host read the same wall clock. */
  readonly anchorWallMs: number;
  /** Business ms per wall ms while running. */
  readonly speed: number;
  readonly paused: boolean;
}

/** Where the clock lives in Redis under a prefix: the state, its announcements and the followers' receipts. */
export interface SharedClockKeys {
  readonly state: string;
  readonly version: string;
  readonly updates: string;
  readonly acks: string;
}

/** Default namespace; a simulation run uses its own (e.g. `d06:run-abc:`) so runs never see each other's clock. */
export const DEFAULT_SHARED_CLOCK_PREFIX = 'd06:';

export function sharedClockKeys(prefix = DEFAULT_SHARED_CLOCK_PREFIX): SharedClockKeys {
  return {
    state: `${prefix}clock`,
    version: `${prefix}clock:version`,
    updates: `${prefix}clock:updates`,
    acks: `${prefix}clock:acks`,
  };
}

/** Business time (ms, fractional) the state gives at a wall-clock instant. */
export function businessMsAt(state: SharedClockState, wallMs: number): number {
  if (state.paused) return state.anchorBusinessMs;
  return state.anchorBusinessMs + (wallMs - state.anchorWallMs) * state.speed;
}

/** The state a process starts from when nobody set one: wall-clock time at normal speed. */
export function wallClockState(wallMs: number): SharedClockState {
  return { version: 0, anchorBusinessMs: wallMs, anchorWallMs: wallMs, speed: 1, paused: false };
}

export function assertClockSpeed(speed: number): void {
  if (!Number.isFinite(speed) || speed <= 0)
    throw new RangeError(`clock speed must be a positive finite number, got ${speed}`);
}

/** Reads a state written by a controller; throws on anything else (a foreign value under the key). */
export function parseClockState(text: string): SharedClockState {
  const value = JSON.parse(text) as Record<string, unknown>;
  const number = (name: string): number => {
    const field = value[name];
    if (typeof field !== 'number' || !Number.isFinite(field))
      throw new TypeError(`shared clock state: ${name} is not a finite number`);
    return field;
  };
  if (typeof value.paused !== 'boolean') throw new TypeError('shared clock state: paused is not a boolean');
  const state = {
    version: number('version'),
    anchorBusinessMs: number('anchorBusinessMs'),
    anchorWallMs: number('anchorWallMs'),
    speed: number('speed'),
    paused: value.paused,
  };
  assertClockSpeed(state.speed);
  return state;
}
