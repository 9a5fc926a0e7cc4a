import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { v5 as uuidv5 } from 'uuid';
import { EVENT_TYPES, type EventDataMap } from '@d06/contracts';
import type { EventBus, NewEvent } from '@d06/messaging';
import type { DataSource } from 'typeorm';

export type CallRecord = EventDataMap['vn.d06.exchange.call.completed.v1'];

/** Namespace of the records' event ids: one id per message-log entry, so a re-sent record is a duplicate. */
const RECORD_ID_NAMESPACE = '5f0f6c1e-3a52-4c8e-9f57-0d06e8c4a1b2';
const MONITORED_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

interface Row {
  chain: string;
  seq: string;
  message_id: string;
  tier: 'lgsp' | 'ndxp';
  client: string;
  service: string;
  method: string;
  path: string;
  user_id: string | null;
  issue: string | null;
  status: number;
  fault_code: string | null;
  request_in_at: Date | string;
  response_out_at: Date | string;
  duration_ms: number;
  request_size: number;
  response_size: number;
  cache_hit: boolean;
  cost_vnd: number;
}

export interface ShipperOptions {
  readonly schema: string;
  /** Most records read and published at once. */
  readonly batchMax: number;
  /** Pause when everything is shipped. */
  readonly idleMs: number;
}

/**
 * The operational-monitoring shipper (X-Road's op-monitor daemon, here): reads the message log — which already
 * holds every call, refused ones included, durably — chain by chain after its stored position, publishes one
 * vn.d06.exchange.call.completed.v1 per entry in batches, then moves the position. Publishing is thus off the
 * request path entirely and nothing is lost: a crash re-sends from the position, with the same event ids
 * (UUIDv5 of chain and seq), which idempotent consumers drop.
 */
export class MonitoringShipper {
  private running = false;
  private stopped: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private readonly log: string;
  private readonly positions: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly options: ShipperOptions,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.log = `"${options.schema}"."message_log"`;
    this.positions = `"${options.schema}"."monitoring_positions"`;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    // its Kafka sends belong to no request's trace
    this.stopped = context.with(ROOT_CONTEXT, () => this.loop());
  }

  /** Ships what is logged so far, then stops. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await this.stopped;
    await this.shipAll();
  }

  /** Publishes every entry logged so far; resolves the number of records sent. */
  async shipAll(): Promise<number> {
    let sent = 0;
    for (;;) {
      const n = await this.shipOnce();
      sent += n;
      if (n === 0) return sent;
    }
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let shipped = 0;
      try {
        shipped = await this.shipOnce();
      } catch (error) {
        this.onError(error);
      }
      if (shipped === 0 && this.running) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, this.options.idleMs).unref();
        });
      }
    }
  }

  /** One batch per chain: read after the position, publish, move the position. */
  private async shipOnce(): Promise<number> {
    const chains = await this.dataSource.query<{ chain: string; seq: string }[]>(
      `SELECT chain, seq FROM ${this.positions} ORDER BY chain`,
    );
    let sent = 0;
    for (const { chain, seq } of chains) {
      const rows = await this.dataSource.query<Row[]>(
        `SELECT chain, seq, message_id, tier, client, service, method, path, user_id, issue, status, fault_code,
                request_in_at, response_out_at, duration_ms, request_size, response_size, cache_hit, cost_vnd
         FROM ${this.log} WHERE chain = $1 AND seq > $2 ORDER BY seq LIMIT ${this.options.batchMax}`,
        [chain, seq],
      );
      if (rows.length === 0) continue;
      const events = rows.filter((row) => MONITORED_METHODS.has(row.method)).map(toEvent);
      if (events.length > 0) await this.bus.publish(events);
      await this.dataSource.query(`UPDATE ${this.positions} SET seq = $2 WHERE chain = $1`, [
        chain,
        rows[rows.length - 1].seq,
      ]);
      sent += rows.length;
    }
    return sent;
  }
}

function toEvent(row: Row): NewEvent<CallRecord> {
  const requestInAt = new Date(row.request_in_at);
  const responseOutAt = new Date(row.response_out_at);
  const succeeded = row.status < 400 && row.fault_code === null;
  return {
    id: uuidv5(`${row.chain}:${row.seq}`, RECORD_ID_NAMESPACE),
    type: EVENT_TYPES.EXCHANGE_CALL_COMPLETED,
    key: row.message_id.slice(0, 100),
    time: responseOutAt,
    data: {
      messageId: row.message_id.slice(0, 100),
      tier: row.tier,
      client: row.client,
      service: row.service,
      method: row.method as CallRecord['method'],
      path: row.path.slice(0, 500),
      ...(row.user_id ? { userId: row.user_id.slice(0, 100) } : {}),
      ...(row.issue ? { issue: row.issue.slice(0, 100) } : {}),
      status: Number(row.status),
      succeeded,
      ...(row.fault_code ? { faultCode: row.fault_code } : {}),
      requestInAt: requestInAt.toISOString(),
      responseOutAt: responseOutAt.toISOString(),
      durationMs: Number(row.duration_ms),
      requestSize: Number(row.request_size),
      responseSize: Number(row.response_size),
      cacheHit: Boolean(row.cache_hit),
      costVnd: succeeded ? Number(row.cost_vnd) : 0,
      occurredAt: responseOutAt.toISOString(),
    },
  };
}
