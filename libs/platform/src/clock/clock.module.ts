import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, SystemClock, type Clock } from './clock';

/** A clock with I/O (the shared one): started before anything reads it, stopped with the app. */
interface LifecycleClock extends Clock {
  start(): Promise<void>;
  stop(): Promise<void>;
}

function hasLifecycle(clock: Clock): clock is LifecycleClock {
  const candidate = clock as Partial<LifecycleClock>;
  return typeof candidate.start === 'function' && typeof candidate.stop === 'function';
}

@Injectable()
class ClockLifecycle implements OnApplicationShutdown {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async onApplicationShutdown(): Promise<void> {
    if (hasLifecycle(this.clock)) await this.clock.stop();
  }
}

/**
 * Makes the service's business clock injectable as CLOCK everywhere: the system clock, or a simulation's. A clock
 * that must be started (SharedClockFollower) is started while the app initialises, before any lifecycle hook or
 * request can read it.
 */
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: ClockModule,
      global: true,
      providers: [
        {
          provide: CLOCK,
          useFactory: async () => {
            if (hasLifecycle(clock)) await clock.start();
            return clock;
          },
        },
        ClockLifecycle,
      ],
      exports: [CLOCK],
    };
  }
}
