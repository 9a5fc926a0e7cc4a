import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { TOPICS } from '@d06/contracts';
import {
  EVENT_BUS,
  OffsetConflictError,
  type BatchPosition,
  type EventBus,
  type SubscriptionHandle,
} from '@d06/messaging';
import { DataSource } from 'typeorm';
import { METRICS_CONFIG } from '../config/metrics-config.token';
import type { MetricsConfig } from '../config/metrics.config';
import type { WindowBlock } from '../store/dedupe-window.store';
import { CommitConnections } from '../store/commit-connections';
import { PositionLoads } from '../store/position-loads';
import { writeBatch } from '../store/figure-writer';
import type { BatchDelta } from './batch-delta';
import { CountingBatch } from './counting-batch';
import { eventReducer } from './projection-reducer';
import type { RecentIdWindow } from './recent-id-window';

/** Where worker threads load the projection from (the module beside this one, .ts or compiled .js alike). */
const PROJECTION_REDUCER_MODULE = require.resolve('./projection-reducer');

/** Every domain topic the report draws on (dead-letter topics hold nothing countable). */
export const METRICS_TOPICS = [
  TOPICS.population,
  TOPICS.vneid,
  TOPICS.onestop,
  TOPICS.bhyt,
  TOPICS.ssa,
  TOPICS.exchange,
] as const;

/**
 * Counts events into the report's figures exactly once, with no row per event. A batch's aggregates, the
 * partition's next offset (moved only from the batch's starting offset) and its recent-id window rows are stored
 * by one statement, atomically: a crash or a redelivery repeats nothing (positions), a stale member after a rebalance applies
 * nothing (the position moved), and a re-published copy of an event (same id, new offset) is screened out by the
 * partition's window (RecentIdWindow explains the rule and its bound).
 */
@Injectable()
export class FigureProjection implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly positions: PositionLoads;
  private readonly connections: CommitConnections;
  private readonly windows = new Map<string, RecentIdWindow>();
  private readonly schema: string;
  private subscription: SubscriptionHandle | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(METRICS_CONFIG) private readonly config: MetricsConfig,
  ) {
    this.schema = config.DB_SCHEMA;
    this.positions = new PositionLoads(
      dataSource,
      config.DB_SCHEMA,
      config.METRICS_GROUP,
      config.METRICS_DEDUPE_WINDOW,
    );
    // a third of the pool at most (one on the embedded database's small pool): reports and loads need the rest
    const poolSize = (dataSource.options as { poolSize?: number }).poolSize ?? 10;
    this.connections = new CommitConnections(dataSource, Math.max(1, Math.floor(poolSize / 3)));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = await this.bus.subscribeReduced({
      group: this.config.METRICS_GROUP,
      topics: [...METRICS_TOPICS],
      offsets: { load: (_group, topic, partition) => this.load(topic, partition) },
      maxBatchSize: this.config.METRICS_MAX_BATCH,
      gather: { minBytes: this.config.METRICS_GATHER_BYTES, maxWaitMs: this.config.METRICS_GATHER_MS },
      reducer: eventReducer,
      reducerModule: PROJECTION_REDUCER_MODULE,
      threads: this.config.METRICS_INGEST_THREADS,
      openBatch: (position) => this.openBatch(position),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
    await this.connections.close();
  }

  /** The stored position of a partition and, read in the same snapshot, the window that belongs to it. */
  private async load(topic: string, partition: number): Promise<string | undefined> {
    const { position, window } = await this.positions.load(topic, partition);
    this.windows.set(`${topic}/${partition}`, window);
    return position;
  }

  /** A batch counted against its partition's window (loaded with the partition's position, see `load`). */
  private openBatch(position: BatchPosition): CountingBatch {
    const window = this.windows.get(`${position.topic}/${position.partition}`);
    // the bus loads a position before its first batch; should it not have, the failed batch is read again from
    // the stored position, which loads the window
    if (!window) throw new Error(`no dedupe window loaded for ${position.topic}/${position.partition}`);
    return new CountingBatch(position, window, (at, delta, block) => this.commit(at, delta, block));
  }

  /** The batch's position move, aggregates and window block, in one statement (see writeBatch). */
  private async commit(at: BatchPosition, delta: BatchDelta, block: WindowBlock | undefined): Promise<void> {
    const moved = await this.connections.run((query) =>
      writeBatch(query, this.schema, {
        group: this.config.METRICS_GROUP,
        ...at,
        delta,
        block,
        windowStart: Number(at.nextOffset) - this.config.METRICS_DEDUPE_WINDOW,
      }),
    );
    if (!moved) throw new OffsetConflictError(at.topic, at.partition, at.fromOffset);
  }
}
