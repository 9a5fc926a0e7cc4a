import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { EVENT_BUS, type EventBus } from '@d06/messaging';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { MessageLogWriter } from '../message-log/message-log.writer';
import { MonitoringShipper } from './monitoring-shipper';

/**
 * Runs the monitoring shipper in this process (one process, tests, embedded mode). Under node:cluster the primary
 * runs it instead, at a lower CPU priority, and the workers set GATEWAY_SHIPPER=off.
 */
@Injectable()
export class MonitoringShipperService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MonitoringShipperService.name);
  private readonly shipper: MonitoringShipper | undefined;

  constructor(
    dataSource: DataSource,
    @Inject(EVENT_BUS) bus: EventBus,
    private readonly log: MessageLogWriter,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.shipper =
      config.GATEWAY_MONITORING && config.GATEWAY_SHIPPER === 'in-process'
        ? new MonitoringShipper(
            dataSource,
            bus,
            { schema: config.DB_SCHEMA, batchMax: config.GATEWAY_LOG_BATCH_MAX, idleMs: 100 },
            (error) => this.logger.warn(`monitoring shipping failed, retrying: ${String(error)}`),
          )
        : undefined;
  }

  onApplicationBootstrap(): void {
    this.shipper?.start();
  }

  /** Everything logged so far is written and published (tests; shutdown). */
  async flush(): Promise<void> {
    await this.log.flush();
    await this.shipper?.shipAll();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.log.flush();
    await this.shipper?.stop();
  }
}
