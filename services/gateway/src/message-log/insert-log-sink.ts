import type { DataSource } from 'typeorm';
import { LOG_COLUMNS, rowValues, type ChainedEntry, type QueuedEntry } from './log-columns';
import { notYetWritten, UNIQUE_VIOLATION, type LogSink } from './log-sink';

/**
 * The embedded database (PGlite, which has no COPY FROM STDIN over the wire): each batch is one multi-row INSERT
 * of column arrays.
 */
export class InsertLogSink implements LogSink {
  private readonly sql: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly table: string,
    private readonly chain: string,
  ) {
    const names = LOG_COLUMNS.map(([name]) => name).join(', ');
    const arrays = LOG_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    this.sql = `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`;
  }

  prepare(item: ChainedEntry): ChainedEntry {
    return item; // the batch becomes column arrays when written
  }

  async write(items: readonly QueuedEntry[]): Promise<void> {
    try {
      await this.insert(items);
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      const [{ last }] = await this.dataSource.query<{ last: string | null }[]>(
        `SELECT max(seq) AS last FROM ${this.table} WHERE chain = $1`,
        [this.chain],
      );
      const rest = notYetWritten(items, Number(last ?? 0));
      if (rest.length > 0) await this.insert(rest);
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private async insert(items: readonly QueuedEntry[]): Promise<void> {
    const columns: unknown[][] = LOG_COLUMNS.map(() => []);
    for (const item of items) {
      const row = rowValues(this.chain, item.row as ChainedEntry);
      for (let i = 0; i < row.length; i++) columns[i].push(row[i]);
    }
    await this.dataSource.query(this.sql, columns);
  }
}
