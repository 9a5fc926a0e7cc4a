import { Inject, Injectable } from '@nestjs/common';
import { SIMULATOR_OPTIONS, type SimulatorOptions } from '../app/simulator-options';
import { SimulatorError } from '../app/simulator.errors';
import type { RunClock } from '../run/run-environment';
import type { ClockChange } from './clock-request';

/** What the VirtualClock (embedded) and the shared clock tell beyond now(), when they tell it. */
interface ClockReadings {
  readonly isPaused?: unknown;
  readonly speed?: unknown;
}

export type ClockView =
  | { readonly available: true; readonly now: string; readonly paused?: boolean; readonly speed?: number }
  | { readonly available: false; readonly now: string; readonly detail: string };

const NO_CLOCK =
  'the services run on their own clocks here (a standalone simulator without D06_CLOCK=shared, or `d06 up` without a scenario)';

/**
 * Operates the business clock of the environment, the one the runner moves: testers pause it to look at a state,
 * speed it up or jump ahead to a deadline. The clock's methods may be asynchronous (a shared clock), so each is
 * awaited.
 */
@Injectable()
export class ClockControl {
  private readonly clock: RunClock | undefined;

  constructor(@Inject(SIMULATOR_OPTIONS) options: SimulatorOptions) {
    this.clock = options.environment.clock;
  }

  async view(): Promise<ClockView> {
    const clock = this.clock;
    if (!clock) return { available: false, now: new Date().toISOString(), detail: NO_CLOCK };
    const readings = clock as unknown as ClockReadings;
    const now = await Promise.resolve(clock.now());
    return {
      available: true,
      now: now.toISOString(),
      ...(typeof readings.isPaused === 'boolean' ? { paused: readings.isPaused } : {}),
      ...(typeof readings.speed === 'number' ? { speed: readings.speed } : {}),
    };
  }

  async change(change: ClockChange): Promise<ClockView> {
    const clock = this.clock;
    if (!clock) throw new SimulatorError('NO_CLOCK', { detail: NO_CLOCK });
    if (change.at !== undefined) {
      const target = new Date(change.at);
      const now = await Promise.resolve(clock.now());
      if (target < now) {
        throw new SimulatorError('CLOCK_REFUSED', {
          detail: `business time never goes back: ${target.toISOString()} is before ${now.toISOString()}`,
        });
      }
      await Promise.resolve(clock.set(target));
    }
    if (change.speed !== undefined) await Promise.resolve(clock.setSpeed(change.speed));
    if (change.paused === true) await Promise.resolve(clock.pause());
    if (change.paused === false) await Promise.resolve(clock.resume());
    return this.view();
  }
}
