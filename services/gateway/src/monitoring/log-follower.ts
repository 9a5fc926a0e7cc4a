import type { DataSource } from 'typeorm';
import type { MessageLogEntry } from '../message-log/message-log-entry';
import { entryOfRow, type LogRow } from '../message-log/message-log-row';
import { untraced } from '../support/untraced';

/** The monitoring shipper's view of the message log: each chain's stored position, and entries read back. */
export class LogFollower {
  private readonly log: string;
  private readonly positions: string;

  constructor(
    private readonly dataSource: DataSource,
    schema: string,
  ) {
    this.log = `"${schema}"."message_log"`;
    this.positions = `"${schema}"."monitoring_positions"`;
  }

  /** Every followed chain with the last seq published from it. */
  chains(): Promise<Array<{ chain: string; seq: number }>> {
    return untraced(async () => {
      const rows = await this.dataSource.query<{ chain: string; seq: string }[]>(
        `SELECT chain, seq FROM ${this.positions} ORDER BY chain`,
      );
      return rows.map((row) => ({ chain: row.chain, seq: Number(row.seq) }));
    });
  }

  async position(chain: string): Promise<number> {
    const rows = await untraced(() =>
      this.dataSource.query<{ seq: string }[]>(`SELECT seq FROM ${this.positions} WHERE chain = $1`, [chain]),
    );
    return rows[0] ? Number(rows[0].seq) : 0;
  }

  /** Moves a chain's position forward (never back: two shippers of one chain only re-send). */
  async save(chain: string, seq: number): Promise<void> {
    await untraced(() =>
      this.dataSource.query(
        `INSERT INTO ${this.positions} (chain, seq) VALUES ($1, $2)
         ON CONFLICT (chain) DO UPDATE SET seq = GREATEST(${this.positions}.seq, EXCLUDED.seq)`,
        [chain, String(seq)],
      ),
    );
  }

  /** Entries of a chain after `after` (up to `upTo` when given), in order, at most `limit`. */
  entriesAfter(
    chain: string,
    after: number,
    upTo: number | undefined,
    limit: number,
  ): Promise<Array<{ seq: number; hash: string; entry: MessageLogEntry }>> {
    return untraced(async () => {
      const rows = await this.dataSource.query<LogRow[]>(
        `SELECT * FROM ${this.log} WHERE chain = $1 AND seq > $2 ${upTo === undefined ? '' : 'AND seq <= $3'}
         ORDER BY seq LIMIT ${Math.max(1, Math.floor(limit))}`,
        upTo === undefined ? [chain, String(after)] : [chain, String(after), String(upTo)],
      );
      return rows.map((row) => ({ seq: Number(row.seq), hash: row.hash, entry: entryOfRow(row) }));
    });
  }
}
