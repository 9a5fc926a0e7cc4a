import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { BatchQueue } from '../support/batch-queue';
import { entryHash, GENESIS_HASH, type MessageLogEntry } from './message-log-entry';

const COLUMNS = [
  ['chain', 'text'],
  ['seq', 'bigint'],
  ['message_id', 'text'],
  ['tier', 'text'],
  ['client', 'text'],
  ['service', 'text'],
  ['method', 'text'],
  ['path', 'text'],
  ['user_id', 'text'],
  ['issue', 'text'],
  ['status', 'integer'],
  ['fault_code', 'text'],
  ['request_hash', 'text'],
  ['response_hash', 'text'],
  ['request_body', 'text'],
  ['response_body', 'text'],
  ['request_in_at', 'timestamptz'],
  ['response_out_at', 'timestamptz'],
  ['cache_hit', 'boolean'],
  ['duration_ms', 'float8'],
  ['request_size', 'integer'],
  ['response_size', 'integer'],
  ['cost_vnd', 'integer'],
  ['prev_hash', 'text'],
  ['hash', 'text'],
] as const;

/**
 * The message log's writer: entries are queued by the data plane and written in batches, one multi-row INSERT
 * (unnest of column arrays) per batch, chained in queue order. One chain per writer process (`<tier>:<node>:<pid
 * slot>`), continued after a restart from its last entry. A failed write is retried; the chain head only moves
 * once a batch has committed.
 */
@Injectable()
export class MessageLogWriter implements BeforeApplicationShutdown {
  private readonly logger = new Logger(MessageLogWriter.name);
  readonly chain: string;
  private head: { seq: bigint; hash: string } | undefined;
  private readonly queue: BatchQueue<MessageLogEntry>;
  private readonly table: string;
  private readonly positions: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.chain = `${config.GATEWAY_TIER}:${config.GATEWAY_NODE_ID}:${process.env.GATEWAY_WORKER_SLOT ?? '0'}`;
    this.table = `"${config.DB_SCHEMA}"."message_log"`;
    this.positions = `"${config.DB_SCHEMA}"."monitoring_positions"`;
    this.queue = new BatchQueue({
      maxBatch: config.GATEWAY_LOG_BATCH_MAX,
      maxQueued: config.GATEWAY_QUEUE_MAX,
      write: (entries) => this.write(entries),
      onError: (error) => this.logger.warn(`message log write failed, retrying: ${String(error)}`),
    });
  }

  /** Queues an entry; a promise only when the queue is full (the caller waits before answering). */
  append(entry: MessageLogEntry): Promise<void> | undefined {
    return this.queue.push(entry);
  }

  /** Resolves once every entry appended so far is in the database. */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }

  private async loadHead(): Promise<{ seq: bigint; hash: string }> {
    // the monitoring shipper follows every chain from its start
    await this.dataSource.query(
      `INSERT INTO ${this.positions} (chain, seq) VALUES ($1, 0) ON CONFLICT (chain) DO NOTHING`,
      [this.chain],
    );
    const rows = await this.dataSource.query<{ seq: string; hash: string }[]>(
      `SELECT seq, hash FROM ${this.table} WHERE chain = $1 ORDER BY seq DESC LIMIT 1`,
      [this.chain],
    );
    return rows[0] ? { seq: BigInt(rows[0].seq), hash: rows[0].hash } : { seq: 0n, hash: GENESIS_HASH };
  }

  private async write(entries: MessageLogEntry[]): Promise<void> {
    this.head ??= await this.loadHead();
    const columns: unknown[][] = COLUMNS.map(() => []);
    let { seq, hash } = this.head;
    for (const entry of entries) {
      seq += 1n;
      const prev = hash;
      hash = entryHash(prev, this.chain, String(seq), entry);
      const row = [
        this.chain,
        String(seq),
        entry.messageId,
        entry.tier,
        entry.client,
        entry.service,
        entry.method,
        entry.path,
        entry.userId,
        entry.issue,
        entry.status,
        entry.faultCode,
        entry.requestHash,
        entry.responseHash,
        entry.requestBody,
        entry.responseBody,
        entry.requestInAt.toISOString(),
        entry.responseOutAt.toISOString(),
        entry.cacheHit,
        entry.durationMs,
        entry.requestSize,
        entry.responseSize,
        entry.costVnd,
        prev,
        hash,
      ];
      for (let i = 0; i < row.length; i++) columns[i].push(row[i]);
    }
    const names = COLUMNS.map(([name]) => name).join(', ');
    const arrays = COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    await this.dataSource.query(
      `INSERT INTO ${this.table} (${names}) SELECT * FROM unnest(${arrays})`,
      columns,
    );
    this.head = { seq, hash };
  }
}
