import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { TOPICS } from '@d06/contracts';
import {
  EVENT_BUS,
  TransactionalOffsetStore,
  type DeliveredBatch,
  type EventBus,
  type SubscriptionHandle,
} from '@d06/messaging';
import { DataSource } from 'typeorm';
import { METRICS_CONFIG } from '../config/metrics-config.token';
import type { MetricsConfig } from '../config/metrics.config';
import { writeBatch } from '../store/figure-writer';
import { ingestMetrics } from './ingest-metrics';

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
 * Counts events into the report's figures exactly once: each batch's aggregates, the ids it counted and the
 * partition's next offset commit in one transaction; consumption resumes from the stored offset, and an id already
 * counted (a republished duplicate) adds nothing.
 */
@Injectable()
export class FigureProjection implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly offsets: TransactionalOffsetStore;
  private readonly schema: string;
  private subscription: SubscriptionHandle | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(METRICS_CONFIG) private readonly config: MetricsConfig,
  ) {
    this.offsets = new TransactionalOffsetStore(dataSource);
    this.schema = config.DB_SCHEMA;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = await this.bus.subscribeBatch({
      group: this.config.METRICS_GROUP,
      topics: [...METRICS_TOPICS],
      offsets: this.offsets,
      maxBatchSize: this.config.METRICS_MAX_BATCH,
      handleBatch: (batch) => this.apply(batch),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  private async apply(batch: DeliveredBatch): Promise<void> {
    const events = batch.events.map((delivered) => delivered.event);
    const outcome = await this.dataSource.transaction(async (manager) => {
      // Counts and positions commit together, so a database crash that loses the latest asynchronous commits
      // loses both alike and they are consumed again: exactly-once holds without waiting for each WAL flush.
      await manager.query('SET LOCAL synchronous_commit = off');
      const written = await writeBatch(manager, this.schema, events, batch.partition);
      await this.offsets.save(
        manager,
        this.config.METRICS_GROUP,
        batch.topic,
        batch.partition,
        batch.nextOffset,
      );
      return written;
    });
    ingestMetrics.counted.inc({ topic: batch.topic }, outcome.counted);
    ingestMetrics.duplicates.inc({ topic: batch.topic }, outcome.duplicates);
  }
}
