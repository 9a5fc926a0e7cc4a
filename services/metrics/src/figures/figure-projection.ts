import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { TOPICS } from '@d06/contracts';
import {
  EVENT_BUS,
  TransactionalOffsetStore,
  qualifiedTable,
  type DeliveredBatch,
  type EventBus,
  type SubscriptionHandle,
} from '@d06/messaging';
import { DataSource } from 'typeorm';
import { METRICS_CONFIG } from '../config/metrics-config.token';
import type { MetricsConfig } from '../config/metrics.config';
import { Figure } from './figure.entity';
import { countFigures } from './figure-counts';

/**
 * Counts events into figures exactly once: each batch's increments and the partition's next offset commit in one
 * transaction, and consumption resumes from the stored offset, so a crash or redelivery neither doubles nor loses.
 */
@Injectable()
export class FigureProjection implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly offsets: TransactionalOffsetStore;
  private subscription: SubscriptionHandle | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(METRICS_CONFIG) private readonly config: MetricsConfig,
  ) {
    this.offsets = new TransactionalOffsetStore(dataSource);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = await this.bus.subscribeBatch({
      group: this.config.METRICS_GROUP,
      topics: [TOPICS.population],
      offsets: this.offsets,
      maxBatchSize: this.config.METRICS_MAX_BATCH,
      handleBatch: (batch) => this.apply(batch),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  private async apply(batch: DeliveredBatch): Promise<void> {
    const increments = countFigures(batch.events);
    await this.dataSource.transaction(async (manager) => {
      const table = qualifiedTable(manager, Figure);
      for (const [figure, value] of increments) {
        await manager.query(
          `INSERT INTO ${table} (figure, value) VALUES ($1, $2) ` +
            `ON CONFLICT (figure) DO UPDATE SET value = ${table}.value + EXCLUDED.value`,
          [figure, value],
        );
      }
      await this.offsets.save(
        manager,
        this.config.METRICS_GROUP,
        batch.topic,
        batch.partition,
        batch.nextOffset,
      );
    });
  }
}
