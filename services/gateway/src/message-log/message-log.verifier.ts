import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { entryHash, GENESIS_HASH } from './message-log-entry';

export interface ChainVerification {
  readonly chain: string;
  readonly entries: number;
  readonly valid: boolean;
  /** The first entry whose hash or link does not hold, when any. */
  readonly brokenAt?: string;
}

const PAGE = 5_000;

/** A message_log row as the driver returns it. */
interface LogRow {
  seq: string;
  message_id: string;
  tier: string;
  client: string;
  service: string;
  method: string;
  path: string;
  user_id: string | null;
  issue: string | null;
  status: number;
  fault_code: string | null;
  request_hash: string;
  response_hash: string;
  request_body: string | null;
  response_body: string | null;
  request_in_at: Date | string;
  response_out_at: Date | string;
  cache_hit: boolean;
  duration_ms: number;
  request_size: number;
  response_size: number;
  cost_vnd: number;
  prev_hash: string;
  hash: string;
}

/** Recomputes a chain from its first entry: every hash, every link to the previous entry, no gap in `seq`. */
@Injectable()
export class MessageLogVerifier {
  private readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.table = `"${config.DB_SCHEMA}"."message_log"`;
  }

  async chains(): Promise<string[]> {
    const rows = await this.dataSource.query<{ chain: string }[]>(
      `SELECT DISTINCT chain FROM ${this.table} ORDER BY chain`,
    );
    return rows.map((row) => row.chain);
  }

  async verify(chain: string): Promise<ChainVerification> {
    let prev = GENESIS_HASH;
    let expectedSeq = 1n;
    let entries = 0;
    for (;;) {
      const rows = await this.dataSource.query<LogRow[]>(
        `SELECT * FROM ${this.table} WHERE chain = $1 AND seq >= $2 ORDER BY seq LIMIT ${PAGE}`,
        [chain, String(expectedSeq)],
      );
      for (const row of rows) {
        const seq = String(row.seq);
        const entry = {
          messageId: row.message_id,
          tier: row.tier,
          client: row.client,
          service: row.service,
          method: row.method,
          path: row.path,
          userId: row.user_id,
          issue: row.issue,
          status: Number(row.status),
          faultCode: row.fault_code,
          requestHash: row.request_hash,
          responseHash: row.response_hash,
          requestBody: row.request_body,
          responseBody: row.response_body,
          requestInAt: new Date(row.request_in_at),
          responseOutAt: new Date(row.response_out_at),
          cacheHit: Boolean(row.cache_hit),
          durationMs: Number(row.duration_ms),
          requestSize: Number(row.request_size),
          responseSize: Number(row.response_size),
          costVnd: Number(row.cost_vnd),
        };
        if (
          BigInt(seq) !== expectedSeq ||
          row.prev_hash !== prev ||
          entryHash(prev, chain, seq, entry) !== row.hash
        ) {
          return { chain, entries, valid: false, brokenAt: seq };
        }
        prev = row.hash;
        expectedSeq += 1n;
        entries += 1;
      }
      if (rows.length < PAGE) return { chain, entries, valid: true };
    }
  }
}
