import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BHYT_CONFIG } from '../config/bhyt-config.token';
import type { BhytConfig } from '../config/bhyt.config';
import { Facility } from './facility.entity';

/** An unknown code makes the directory re-read the table at most this often (bad codes must not hammer it). */
const MISS_RELOAD_MS = 1_000;

/**
 * The facility registry in process memory: a few hundred rows per province that every lookup consults, so the
 * hot path never queries for them. Re-read at start, every BHYT_FACILITY_REFRESH_SECONDS (other replicas'
 * changes) and on an unknown code (a seed loaded since); this replica's own changes apply at once (`put`).
 */
@Injectable()
export class FacilityDirectory implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FacilityDirectory.name);
  private facilities = new Map<string, Facility>();
  private loadedAt = 0;
  private loading: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(BHYT_CONFIG) private readonly config: BhytConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reload();
    this.timer = setInterval(() => {
      this.reload().catch((error: unknown) =>
        this.logger.warn(
          `facility refresh failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    }, this.config.BHYT_FACILITY_REFRESH_SECONDS * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async find(facilityCode: string): Promise<Facility | undefined> {
    const known = this.facilities.get(facilityCode);
    if (known || Date.now() - this.loadedAt < MISS_RELOAD_MS) return known;
    await this.reload();
    return this.facilities.get(facilityCode);
  }

  put(facility: Facility): void {
    this.facilities.set(facility.facilityCode, facility);
  }

  /** One read at a time; concurrent callers share it. */
  reload(): Promise<void> {
    this.loading ??= this.read().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async read(): Promise<void> {
    const rows = await this.dataSource.getRepository(Facility).find();
    this.facilities = new Map(rows.map((row) => [row.facilityCode, row]));
    this.loadedAt = Date.now();
  }
}
