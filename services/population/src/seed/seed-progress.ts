import type { SeedProgress, SeedRowCounts } from './seed.types';

/** Running row counts and rates; reports at most once per interval, and always at the end. */
export class SeedProgressMeter {
  readonly rows: SeedRowCounts = { citizens: 0, households: 0, idcards: 0, data_defects: 0 };
  private readonly startedAt = process.hrtime.bigint();
  private lastReport = 0;

  constructor(
    private readonly totalCitizens: number,
    private readonly intervalMs: number,
    private readonly listener?: (progress: SeedProgress) => void,
  ) {}

  add(counts: SeedRowCounts): void {
    this.rows.citizens += counts.citizens;
    this.rows.households += counts.households;
    this.rows.idcards += counts.idcards;
    this.rows.data_defects += counts.data_defects;
    const elapsed = this.elapsedSeconds();
    if (this.listener && (elapsed - this.lastReport) * 1000 >= this.intervalMs) {
      this.lastReport = elapsed;
      this.listener(this.snapshot(false));
    }
  }

  finish(): SeedProgress {
    const progress = this.snapshot(true);
    this.listener?.(progress);
    return progress;
  }

  elapsedSeconds(): number {
    return Number(process.hrtime.bigint() - this.startedAt) / 1e9;
  }

  get totalRows(): number {
    return this.rows.citizens + this.rows.households + this.rows.idcards + this.rows.data_defects;
  }

  private snapshot(done: boolean): SeedProgress {
    const elapsedSeconds = this.elapsedSeconds();
    return {
      rows: { ...this.rows },
      citizens: this.rows.citizens,
      totalCitizens: this.totalCitizens,
      elapsedSeconds,
      rowsPerSecond: elapsedSeconds > 0 ? this.totalRows / elapsedSeconds : 0,
      done,
    };
  }
}
