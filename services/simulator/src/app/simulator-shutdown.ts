import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { SIMULATOR_OPTIONS, type SimulatorOptions } from './simulator-options';

/** Runs the creator's `onClose` when the app closes (Ctrl-C, SIGTERM, app.close()). */
@Injectable()
export class SimulatorShutdown implements OnApplicationShutdown {
  constructor(@Inject(SIMULATOR_OPTIONS) private readonly options: SimulatorOptions) {}

  async onApplicationShutdown(): Promise<void> {
    await this.options.onClose?.();
  }
}
