import type { ChainedEntry, QueuedEntry } from './log-columns';

/** Where the writer's batches go: PostgreSQL by COPY, or by INSERT on the embedded database. */
export interface LogSink {
  /** Called as an entry is chained, on the request path: the row `write` will need, made now. */
  prepare(item: ChainedEntry): unknown;
  /** Writes a batch in one statement (all or nothing); entries already there from a lost answer are skipped. */
  write(items: readonly QueuedEntry[]): Promise<void>;
  close(): Promise<void>;
}

/** PostgreSQL's unique_violation: a retried batch whose first attempt committed after all. */
export const UNIQUE_VIOLATION = '23505';

/** The part of a batch not yet in the table, given the chain's last stored seq. */
export function notYetWritten(items: readonly QueuedEntry[], lastStored: number): readonly QueuedEntry[] {
  return items.filter((item) => item.seq > lastStored);
}
