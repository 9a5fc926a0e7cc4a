import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ONE_STOP_CONFIG } from '../config/one-stop-config.token';
import type { OneStopConfig } from '../config/one-stop.config';
import { LinkedRunCoordinator } from '../linked/linked-run.coordinator';
import { PortalSyncService } from '../portal/portal-sync.service';

/**
 * The service's clockwork: every ONESTOP_SWEEP_INTERVAL_MS (real time) it compares the business clock with the
 * waiting steps' attempt deadlines and with the due portal syncs. State lives in the database, so a restart
 * picks up where it stopped, and row locks let several replicas sweep.
 */
@Injectable()
export class Sweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(Sweeper.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly linkedRuns: LinkedRunCoordinator,
    private readonly portal: PortalSyncService,
    @Inject(ONE_STOP_CONFIG) private readonly config: OneStopConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweepNow(), this.config.ONESTOP_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One sweep (skipped while the previous one is still running). */
  sweepNow(): Promise<void> {
    this.running ??= this.sweep().finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweep(): Promise<void> {
    try {
      await this.linkedRuns.sweep();
      await this.portal.syncDue();
    } catch (error) {
      this.logger.warn(
        `sweep failed, retried next time: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
