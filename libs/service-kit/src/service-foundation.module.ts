import {
  Module,
  type DynamicModule,
  type InjectionToken,
  type OptionalFactoryDependency,
} from '@nestjs/common';
import { EVENT_CONTRACTS, TOPIC_PARTITIONS } from '@d06/contracts';
import { EVENT_BUS, MessagingModule, type EventBus } from '@d06/messaging';
import { ObservabilityModule, type ReadinessCheck } from '@d06/observability';
import { databaseReady, PersistenceModule, type CreateDataSourceOptions } from '@d06/persistence';
import { ClockModule, clockFromEnv, type Clock } from '@d06/platform';
import { DataSource } from 'typeorm';

/** The settings every service reads (see `serviceEnv` in @d06/platform). */
export interface ServiceInfrastructureConfig {
  readonly DB_SCHEMA: string;
  readonly DATABASE_URL?: string;
  readonly KAFKA_BROKERS?: readonly string[];
  readonly KAFKA_TOPIC_PREFIX: string;
}

export interface ServiceFoundationOptions<C extends ServiceInfrastructureConfig> {
  /** The service's name: log name, metrics label, CloudEvents source `d06/<name>`. */
  readonly name: string;
  readonly config: C;
  /** Provides the config globally under this token. */
  readonly configToken?: InjectionToken;
  readonly entities: CreateDataSourceOptions['entities'];
  readonly migrations: CreateDataSourceOptions['migrations'];
  readonly poolSize?: number;
  /** Business time; when absent, clockFromEnv (the system clock unless D06_CLOCK=shared). */
  readonly clock?: Clock;
  /** Whether the service writes events through the transactional outbox (default true). */
  readonly outbox?: boolean;
  /** Readiness checks beyond the database and the broker, built from the service's own providers. */
  readonly readiness?: {
    readonly inject: Array<InjectionToken | OptionalFactoryDependency>;
    readonly useFactory: (...dependencies: never[]) => ReadinessCheck[];
  };
}

/**
 * What every service stands on, wired one way: logs, metrics and probes; its own schema with its migrations; the
 * event bus (Kafka or in memory by configuration) with the outbox; the business clock; its config.
 */
@Module({})
export class ServiceFoundationModule {
  static forRoot<C extends ServiceInfrastructureConfig>(options: ServiceFoundationOptions<C>): DynamicModule {
    const { name, config } = options;
    // a simulation's clock when given; else by configuration (D06_CLOCK=shared: the run's clock in Redis)
    const clock = options.clock ?? clockFromEnv();
    const extra = options.readiness ?? { inject: [], useFactory: () => [] };
    return {
      module: ServiceFoundationModule,
      imports: [
        ObservabilityModule.forRoot({
          serviceName: name,
          readiness: {
            inject: [DataSource, EVENT_BUS, ...extra.inject],
            useFactory: (dataSource: DataSource, bus: EventBus, ...rest: never[]) => [
              { name: 'database', check: () => databaseReady(dataSource) },
              { name: 'broker', check: () => bus.isReady() },
              ...extra.useFactory(...rest),
            ],
          },
        }),
        PersistenceModule.forRoot({
          schema: config.DB_SCHEMA,
          databaseUrl: config.DATABASE_URL,
          entities: options.entities,
          migrations: options.migrations,
          ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
        }),
        MessagingModule.forRoot({
          source: `d06/${name}`,
          contracts: Object.values(EVENT_CONTRACTS),
          topicPartitions: TOPIC_PARTITIONS,
          kafkaBrokers: config.KAFKA_BROKERS,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
          clock,
          outbox: options.outbox ?? true,
        }),
        ClockModule.forRoot(clock),
        ...(options.configToken ? [ValueModule.forRoot(options.configToken, config)] : []),
      ],
    };
  }
}

/** Makes one value injectable everywhere under a token (a service's config). */
@Module({})
class ValueModule {
  static forRoot(token: InjectionToken, value: unknown): DynamicModule {
    return {
      module: ValueModule,
      global: true,
      providers: [{ provide: token, useValue: value }],
      exports: [token],
    };
  }
}
