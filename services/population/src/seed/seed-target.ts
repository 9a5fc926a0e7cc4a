import type { GeneratedHousehold } from '@d06/synthetic';
import type { SeedRowCounts } from './seed.types';

export interface SeedWrite {
  readonly rows: SeedRowCounts;
  readonly ready?: Promise<unknown>;
}

/** Where a seed writes: the COPY streams on PostgreSQL, batched INSERTs on the embedded database. */
export interface SeedTarget {
  readonly mode: 'copy' | 'insert';
  /** Opens the transaction(s); refuses a schema with citizens unless `replace`; empties the seeded tables. */
  begin(replace: boolean): Promise<void>;
  /**
   * Takes one batch: its row counts, and — when the target wants the loader to wait (backpressure) — a promise
   * that settles once it can take more. The batch is encoded (COPY) or turned into rows (INSERT) before this
   * returns, so the caller can drop it while it waits.
   */
  write(batch: readonly GeneratedHousehold[]): SeedWrite;
  commit(): Promise<void>;
  /** Rolls back whatever is open and releases the connections; never throws. */
  abort(): Promise<void>;
}
