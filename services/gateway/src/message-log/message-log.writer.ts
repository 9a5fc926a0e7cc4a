import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { BatchQueue } from '../support/batch-queue';
import { chainName, ownSlot } from './chain-name';
import { CopyLogSink } from './copy-log-sink';
import { InsertLogSink } from './insert-log-sink';
import type { QueuedEntry } from './log-columns';
import type { LogSink } from './log-sink';
import { entryHash, GENESIS_HASH, type MessageLogEntry } from './message-log-entry';

const CLOSE_WITHIN_MS = 5_000;

/** What follows the log as it is written (the monitoring shipper): told of each entry, then of each commit. */
export interface LogTap {
  /** On the request path, as the entry is chained: what to keep with it until its batch commits. */
  chained(entry: MessageLogEntry, hash: string): unknown;
  /** After a batch committed: its seq range and what `chained` returned for each entry, in chain order. */
  committed(firstSeq: number, lastSeq: number, tapped: readonly unknown[]): void;
}

/**
 * The message log's writer. Each entry is chained as it is appended — its seq and its hash over the previous
 * entry's, on this process's chain (see chainName), continued after a restart from the chain's last stored entry —
 * and queued; batches are written by COPY (INSERT on the embedded database). A failed write is retried with the
 * same rows, so the stored chain has no gap; what a crash loses is the unwritten tail, which the next start
 * continues from.
 */
@Injectable()
export class MessageLogWriter implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(MessageLogWriter.name);
  readonly chain: string;
  private seq = 0;
  private hash = GENESIS_HASH;
  private tap: LogTap | undefined;
  private readonly queue: BatchQueue<QueuedEntry>;
  private readonly sink: LogSink;
  private readonly table: string;
  private readonly positions: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.chain = chainName(config, ownSlot());
    this.table = `"${config.DB_SCHEMA}"."message_log"`;
    this.positions = `"${config.DB_SCHEMA}"."monitoring_positions"`;
    this.sink = config.DATABASE_URL
      ? new CopyLogSink(config.DATABASE_URL, this.table, this.chain)
      : new InsertLogSink(dataSource, this.table, this.chain);
    this.queue = new BatchQueue({
      maxBatch: config.GATEWAY_LOG_BATCH_MAX,
      maxQueued: config.GATEWAY_QUEUE_MAX,
      lingerMs: config.GATEWAY_LOG_LINGER_MS,
      write: (items) => this.write(items),
      onError: (error) => this.logger.warn(`message log write failed, retrying: ${String(error)}`),
    });
  }

  /** Loads the chain's head before the data plane serves (entries are chained as they come). */
  async onModuleInit(): Promise<void> {
    // the monitoring shipper follows every chain from its start
    await this.dataSource.query(
      `INSERT INTO ${this.positions} (chain, seq) VALUES ($1, 0) ON CONFLICT (chain) DO NOTHING`,
      [this.chain],
    );
    const rows = await this.dataSource.query<{ seq: string; hash: string }[]>(
      `SELECT seq, hash FROM ${this.table} WHERE chain = $1 ORDER BY seq DESC LIMIT 1`,
      [this.chain],
    );
    if (rows[0]) {
      this.seq = Number(rows[0].seq);
      this.hash = rows[0].hash;
    }
  }

  /** The last seq chained (committed or not). */
  get head(): number {
    return this.seq;
  }

  /** The monitoring shipper's hook (one). */
  attach(tap: LogTap): void {
    this.tap = tap;
  }

  /** Chains and queues an entry; a promise only when the queue is full (the caller waits before answering). */
  append(entry: MessageLogEntry): Promise<void> | undefined {
    const seq = ++this.seq;
    const prev = this.hash;
    const hash = entryHash(prev, this.chain, String(seq), entry);
    this.hash = hash;
    return this.queue.push({
      seq,
      row: this.sink.prepare({ seq, prev, hash, entry }),
      tapped: this.tap?.chained(entry, hash),
    });
  }

  /** Resolves once every entry appended so far is in the database. */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  /** Shutting down: what is queued is written (the monitoring shipper publishes it next); calls still logged. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.flush();
  }

  /**
   * The HTTP server has closed: the last calls' entries are written, then the log refuses more — within a bound, so
   * a database that is gone cannot hold the shutdown (what is left is lost, as in a crash, and said so).
   */
  async onApplicationShutdown(): Promise<void> {
    const closed = await Promise.race([
      this.queue.close().then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), CLOSE_WITHIN_MS).unref()),
    ]);
    if (!closed)
      this.logger.error(`${this.queue.size} message-log entries could not be written before shutdown`);
    await this.sink.close();
  }

  private async write(items: QueuedEntry[]): Promise<void> {
    await this.sink.write(items);
    if (this.tap) {
      this.tap.committed(
        items[0].seq,
        items[items.length - 1].seq,
        items.map((item) => item.tapped),
      );
    }
  }
}
