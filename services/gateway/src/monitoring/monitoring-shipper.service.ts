import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { EVENT_BUS, type EventBus } from '@d06/messaging';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { MessageLogWriter } from '../message-log/message-log.writer';
import { ChainSweeper } from './chain-sweeper';
import { LogFollower } from './log-follower';
import { OwnChainShipper } from './own-chain-shipper';
import type { RecordSink } from './record-sink';
import { createRecordSink } from './record-sinks';

/** Most records per Kafka publish (about 1.5 MB). */
const MONITORING_BATCH_MAX = 2_000;

/**
 * Operational monitoring in a data-plane process: its own chain's records are made as calls are logged and
 * published once their entries have committed (OwnChainShipper); other chains are swept from the log here too,
 * unless GATEWAY_SHIPPER=off (node:cluster workers: the primary sweeps).
 */
@Injectable()
export class MonitoringShipperService
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger(MonitoringShipperService.name);
  private sink: RecordSink<unknown> | undefined;
  private own: OwnChainShipper<unknown> | undefined;
  private sweeper: ChainSweeper<unknown> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    private readonly log: MessageLogWriter,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.GATEWAY_MONITORING) return;
    const onError = (error: unknown) =>
      this.logger.warn(`monitoring shipping failed, retrying: ${String(error)}`);
    this.sink = await createRecordSink(this.config, () => this.bus);
    const follower = new LogFollower(this.dataSource, this.config.DB_SCHEMA);
    this.own = new OwnChainShipper(
      this.log.chain,
      follower,
      this.sink,
      {
        batchMax: MONITORING_BATCH_MAX,
        lingerMs: this.config.GATEWAY_MONITORING_LINGER_MS,
        maxBuffered: this.config.GATEWAY_QUEUE_MAX,
        savePositionMs: 250,
      },
      onError,
    );
    this.log.attach(this.own);
    if (this.config.GATEWAY_SHIPPER === 'in-process') {
      this.sweeper = new ChainSweeper(
        follower,
        this.sink,
        (chain) => chain === this.log.chain,
        { batchMax: this.config.GATEWAY_LOG_BATCH_MAX, idleMs: 1_000 },
        onError,
      );
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.own?.start(this.log.head);
    this.sweeper?.start();
  }

  /** Everything logged so far is written and published (tests; shutdown). */
  async flush(): Promise<void> {
    await this.log.flush();
    await this.own?.flush();
    await this.sweeper?.shipAll();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.log.flush();
    await this.own?.stop();
    await this.sweeper?.stop();
    await this.sink?.close();
  }
}
