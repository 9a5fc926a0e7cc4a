import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { untraced } from '../support/untraced';
import { ByteWriter } from '../support/byte-writer';
import { copyText, LOG_COLUMNS, writeCopyLine, type ChainedEntry, type QueuedEntry } from './log-columns';
import { notYetWritten, UNIQUE_VIOLATION, type LogSink } from './log-sink';
import { adjacentRuns, RowArena } from './row-arena';

/**
 * PostgreSQL: each batch is one `COPY … FROM STDIN` on the writer's own connection — about half the server's work
 * per row of a multi-row INSERT, and each entry's line is made as it is chained, so a batch only joins them. The
 * background writes make no spans (they belong to no request; a span per batch would be noise).
 */
export class CopyLogSink implements LogSink {
  private client: Client | undefined;
  private readonly sql: string;
  private readonly chainText: string;
  private readonly line = new ByteWriter(2_048);
  private readonly arena = new RowArena();

  constructor(
    private readonly databaseUrl: string,
    private readonly table: string,
    private readonly chain: string,
  ) {
    this.sql = `COPY ${table} (${LOG_COLUMNS.map(([name]) => name).join(', ')}) FROM STDIN`;
    this.chainText = copyText(chain);
  }

  /** The row's COPY line, written as bytes into the arena: off the JS heap while it waits for its batch. */
  prepare(item: ChainedEntry): Buffer {
    writeCopyLine(this.line.reset(), this.chainText, item);
    return this.arena.append(this.line.view());
  }

  write(items: readonly QueuedEntry[]): Promise<void> {
    return untraced(() => this.copy(items));
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async copy(items: readonly QueuedEntry[]): Promise<void> {
    const client = await this.connected();
    try {
      await this.stream(client, items);
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) {
        await this.close();
        throw error;
      }
      // an earlier attempt of this batch committed though its answer was lost: write only the rest
      const [{ last }] = (
        await client.query<{ last: string | null }>(
          `SELECT max(seq) AS last FROM ${this.table} WHERE chain = $1`,
          [this.chain],
        )
      ).rows;
      const rest = notYetWritten(items, Number(last ?? 0));
      if (rest.length > 0) await this.stream(client, rest);
    }
  }

  private stream(client: Client, items: readonly QueuedEntry[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const stream = client.query(copyFrom(this.sql));
      stream.on('finish', resolve);
      stream.on('error', reject);
      for (const run of adjacentRuns(items.map((item) => item.row as Buffer))) stream.write(run);
      stream.end();
    });
  }

  private async connected(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'd06:gateway:message-log',
    });
    client.on('error', () => undefined);
    await client.connect();
    this.client = client;
    return client;
  }
}
