import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { EVENT_TYPES, type EventDataMap } from '@d06/contracts';
import { EVENT_BUS, type EventBus, type NewEvent } from '@d06/messaging';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { BatchQueue } from '../support/batch-queue';

export type CallRecord = EventDataMap['vn.d06.exchange.call.completed.v1'];

/**
 * Publishes one operational-monitoring record per call (vn.d06.exchange.call.completed.v1 on exchange.calls.v1),
 * off the hot path: records are queued and sent in batches (one producer request per batch); a failed send is
 * retried, a full queue makes callers wait, and shutdown sends what is left. Nothing is dropped.
 */
@Injectable()
export class MonitoringPublisher implements BeforeApplicationShutdown {
  private readonly logger = new Logger(MonitoringPublisher.name);
  private readonly queue: BatchQueue<NewEvent<CallRecord>>;
  private readonly enabled: boolean;

  constructor(
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.enabled = config.GATEWAY_MONITORING;
    this.queue = new BatchQueue({
      maxBatch: config.GATEWAY_LOG_BATCH_MAX,
      maxQueued: config.GATEWAY_QUEUE_MAX,
      write: async (events) => void (await this.bus.publish(events)),
      onError: (error) => this.logger.warn(`monitoring publish failed, retrying: ${String(error)}`),
    });
  }

  publish(record: CallRecord, businessTime: Date): Promise<void> | undefined {
    if (!this.enabled) return undefined;
    return this.queue.push({
      type: EVENT_TYPES.EXCHANGE_CALL_COMPLETED,
      data: record,
      key: record.messageId,
      time: businessTime,
    });
  }

  flush(): Promise<void> {
    return this.queue.flush();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
