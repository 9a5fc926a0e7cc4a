import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { CloudEvent } from 'cloudevents';
import type { DataSource, EntityManager } from 'typeorm';
import { BusFaultPlan, OutboxDelayGate, type BusFaultSettings, type OutboxRow } from '../bus/bus-faults';
import type { EventBus } from '../bus/event-bus.port';
import { qualifiedTable } from '../persistence-helpers';
import { OutboxRecord } from './outbox-record.entity';

const MAX_BACKOFF_MS = 5_000;
/** First retry after a failed batch; doubled per failure up to MAX_BACKOFF_MS. */
const RETRY_AFTER_MS = 200;
/**
 * How long the relay gathers commits that came while a batch was out before taking them: a batch per commit
 * costs a transaction and a produce request each, which under load is more than the gathering saves in latency.
 */
const LINGER_MS = 20;
/** The schema's relay lock (one relay at a time), released with the batch's transaction; $1 is the table. */
const RELAY_LOCK = 'pg_try_advisory_xact_lock(hashtext($1))';

export interface OutboxRelayOptions {
  readonly batchSize?: number;
  /**
   * How long an idle relay waits before looking again (default 1 s): this process's commits nudge it at once, so
   * the poll only finds rows another replica or a crashed process left, and the events a bus-delay fault held.
   */
  readonly pollIntervalMs?: number;
  /** A simulation's bus faults: the delayed events wait here, in the outbox. */
  readonly faults?: BusFaultSettings;
}

/**
 * Publishes committed outbox rows in insertion order and deletes them in the same transaction, committed only
 * after the broker acknowledged them. One relay per schema works at a time (advisory lock), which keeps order
 * across replicas. A crash after publishing but before the commit republishes the same events (same ids) —
 * consumers are idempotent, so nothing is doubled; nothing is ever lost.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private running = false;
  private loop: Promise<void> = Promise.resolve();
  private wake: (() => void) | undefined;
  /** A commit came since the current batch was taken: look again after the linger instead of idling. */
  private nudged = false;
  private readonly delays: OutboxDelayGate | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    const faults = options.faults;
    this.delays = faults && faults.delayRate > 0 ? new OutboxDelayGate(new BusFaultPlan(faults)) : undefined;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the batch in flight, then publishes whatever is left once more. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.nudge();
    await this.loop;
    await this.drain();
  }

  /** Wakes an idle relay: called after a transaction that wrote to the outbox commits. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** Publishes until the outbox is empty; returns how many events went out. */
  async drain(): Promise<number> {
    let total = 0;
    for (let published = await this.flushOnce(); published > 0; published = await this.flushOnce())
      total += published;
    return total;
  }

  /**
   * One batch in one transaction: take the rows (under the schema's relay lock), publish them in order, commit.
   * A failed publish rolls the transaction back, so the rows stay for the next attempt.
   */
  async flushOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const table = qualifiedTable(manager, OutboxRecord);
      const rows = this.delays
        ? await this.readyRows(manager, table, this.delays)
        : await this.takeRows(manager, table);
      if (rows.length === 0) return 0;
      await this.bus.publishEnvelopes(rows.map((row) => row.event));
      return rows.length;
    });
  }

  /** The oldest rows, deleted as they are read: one statement, the lock taken in it. */
  private async takeRows(manager: EntityManager, table: string): Promise<OutboxRow[]> {
    const rows = await manager.query<[{ seq: string; envelope: Record<string, unknown> }[], number]>(
      `WITH relay AS (SELECT ${RELAY_LOCK} AS locked) ` +
        `DELETE FROM ${table} WHERE seq IN ` +
        `(SELECT seq FROM ${table}, relay WHERE relay.locked ORDER BY seq LIMIT $2) RETURNING seq, envelope`,
      [table, this.batchSize],
    );
    // RETURNING keeps no order: the rows go out in insertion order
    return rows[0]
      .sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1))
      .map((row) => ({ seq: row.seq, event: new CloudEvent(row.envelope, false) }));
  }

  /** Under bus faults: the oldest rows the delay gate lets through now; the held ones stay where they are. */
  private async readyRows(
    manager: EntityManager,
    table: string,
    gate: OutboxDelayGate,
  ): Promise<OutboxRow[]> {
    const [{ locked }] = await manager.query<{ locked: boolean }[]>(`SELECT ${RELAY_LOCK} AS locked`, [
      table,
    ]);
    if (!locked) return [];
    const rows = await manager.query<{ seq: string; envelope: Record<string, unknown> }[]>(
      `SELECT seq, envelope FROM ${table} ORDER BY seq LIMIT $1`,
      [this.batchSize],
    );
    const ready = gate.ready(
      rows.map((row) => ({ seq: row.seq, event: new CloudEvent(row.envelope, false) })),
    );
    if (ready.length > 0)
      await manager.query(`DELETE FROM ${table} WHERE seq = ANY($1::bigint[])`, [
        ready.map((row) => row.seq),
      ]);
    return ready;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let published = 0;
      this.nudged = false;
      try {
        published = await this.flushOnce();
        failures = 0;
      } catch (error) {
        failures++;
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.warn(`outbox relay failed (${failures} in a row), will retry: ${reason}`);
      }
      // back off while the broker or the database is down instead of hammering them every poll
      const wait =
        failures > 0 ? Math.min(MAX_BACKOFF_MS, RETRY_AFTER_MS * 2 ** (failures - 1)) : this.pollIntervalMs;
      if (!this.running) break;
      if (failures === 0 && published === this.batchSize) continue;
      // a commit came while the batch was out: take it after a short linger (gathering what else comes)
      if (failures === 0 && this.nudged) await sleep(Math.min(LINGER_MS, this.pollIntervalMs));
      else await this.idle(wait);
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
