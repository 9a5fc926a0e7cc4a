import {
  Inject,
  Injectable,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type INestApplication,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { busFaultsFromEnv } from '../bus/bus-faults';
import { createEventBus } from '../bus/create-event-bus';
import { EVENT_BUS, type EventBus } from '../bus/event-bus.port';
import { EventCatalog, type EventContract } from '../catalog/event-catalog';
import { EnvelopeFactory, type BusinessClock } from '../envelope/envelope-factory';
import { OutboxRelay } from '../outbox/outbox-relay';
import { TransactionalOutbox } from '../outbox/transactional-outbox';
import { EventBusServer, type EventBusServerOptions } from './event-bus.server';

export interface MessagingModuleOptions {
  readonly source: string;
  readonly contracts: Iterable<EventContract>;
  readonly kafkaBrokers?: readonly string[];
  readonly topicPrefix?: string;
  readonly topicPartitions?: Readonly<Record<string, number>>;
  readonly clock?: BusinessClock;
  /** Provide TransactionalOutbox and run its relay (needs a DataSource provider, e.g. PersistenceModule). */
  readonly outbox?: boolean;
}

@Injectable()
class EventBusLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EVENT_BUS) private readonly bus: EventBus) {}

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}

@Injectable()
class OutboxRelayLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(private readonly relay: OutboxRelay) {}

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}

/** Wires the event bus (Kafka or in-memory by configuration), the envelope factory and, optionally, the outbox. */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const catalog = new EventCatalog(options.contracts);
    const clock = options.clock ?? { now: () => new Date() };
    const outboxProviders = options.outbox
      ? [
          {
            provide: OutboxRelay,
            // a simulation's delayed events wait in the outbox (D06_BUS_DELAY_*), where a crash cannot lose them
            useFactory: (dataSource: DataSource, bus: EventBus) =>
              new OutboxRelay(dataSource, bus, { faults: busFaultsFromEnv() }),
            inject: [DataSource, EVENT_BUS],
          },
          {
            provide: TransactionalOutbox,
            useFactory: (dataSource: DataSource, envelopes: EnvelopeFactory, relay: OutboxRelay) =>
              new TransactionalOutbox(dataSource, envelopes, () => relay.nudge()),
            inject: [DataSource, EnvelopeFactory, OutboxRelay],
          },
          OutboxRelayLifecycle,
        ]
      : [];
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: EventCatalog, useValue: catalog },
        { provide: EnvelopeFactory, useValue: new EnvelopeFactory(catalog, options.source, clock) },
        {
          provide: EVENT_BUS,
          useFactory: () =>
            createEventBus({
              source: options.source,
              contracts: catalog,
              kafkaBrokers: options.kafkaBrokers,
              topicPrefix: options.topicPrefix,
              topicPartitions: options.topicPartitions,
              clock,
            }),
        },
        EventBusLifecycle,
        ...outboxProviders,
      ],
      exports: [
        EventCatalog,
        EnvelopeFactory,
        EVENT_BUS,
        ...(options.outbox ? [TransactionalOutbox, OutboxRelay] : []),
      ],
    };
  }
}

/**
 * Connects the app's `@EventPattern` handlers to the bus in a consumer group and starts consuming. Configure the
 * app first (configureHttpApp from @d06/platform): its filters are inherited by the handlers.
 */
export async function startEventHandlers(
  app: INestApplication,
  options: EventBusServerOptions,
): Promise<void> {
  const strategy = new EventBusServer(app.get<EventBus>(EVENT_BUS), app.get(EventCatalog), options);
  // The app's global filters apply to handlers too: the platform's ProblemDetailsFilter rethrows outside HTTP,
  // so the bus sees the handler's own error (for retries and the dead letter), not Nest's "Internal server error".
  app.connectMicroservice({ strategy }, { inheritAppConfig: true });
  await app.startAllMicroservices();
}
