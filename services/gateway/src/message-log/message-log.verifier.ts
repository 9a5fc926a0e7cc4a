import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { entryHash, GENESIS_HASH } from './message-log-entry';
import { entryOfRow, type LogRow } from './message-log-row';

export interface ChainVerification {
  readonly chain: string;
  readonly entries: number;
  readonly valid: boolean;
  /** The first entry whose hash or link does not hold, when any. */
  readonly brokenAt?: string;
}

const PAGE = 5_000;

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
        const entry = entryOfRow(row);
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
