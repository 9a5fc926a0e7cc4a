import { EventCatalog, type EventContract } from '../catalog/event-catalog';
import { EnvelopeFactory, type BusinessClock } from '../envelope/envelope-factory';
import { KafkaEventBus } from '../kafka/kafka-event-bus';
import { InMemoryBroker } from '../memory/in-memory-broker';
import { InMemoryEventBus } from '../memory/in-memory-event-bus';
import { BusFaultPlan, busFaultsFromEnv, DuplicatingEventBus, type BusFaultSettings } from './bus-faults';
import type { EventBus } from './event-bus.port';

export interface EventBusOptions {
  /** CloudEvents `source` of what this bus publishes, e.g. `d06/population`. */
  readonly source: string;
  readonly contracts: Iterable<EventContract> | EventCatalog;
  /** Kafka when given; otherwise the process's in-memory broker (embedded mode). */
  readonly kafkaBrokers?: readonly string[];
  readonly clock?: BusinessClock;
  /** Kafka only: prefix of every topic name on the cluster (isolates simulations sharing a cluster). */
  readonly topicPrefix?: string;
  /** Partitions per topic for topics the bus creates (default 6). */
  readonly topicPartitions?: Readonly<Record<string, number>>;
  /** Broker to use in memory mode instead of the process-wide one (tests). */
  readonly broker?: InMemoryBroker;
  /** A simulation's bus faults; default from the environment (D06_BUS_*), null for none. */
  readonly faults?: BusFaultSettings | null;
}

const systemClock: BusinessClock = { now: () => new Date() };

/** Chooses the adapter from configuration; no business code knows which one it runs on. */
export async function createEventBus(options: EventBusOptions): Promise<EventBus> {
  const catalog =
    options.contracts instanceof EventCatalog ? options.contracts : new EventCatalog(options.contracts);
  const envelopes = new EnvelopeFactory(catalog, options.source, options.clock ?? systemClock);
  if (options.kafkaBrokers && options.kafkaBrokers.length > 0) {
    const clientId = options.source.replace(/\W+/g, '-');
    const kafkaOptions = {
      brokers: options.kafkaBrokers,
      clientId,
      topicPrefix: options.topicPrefix,
      topicPartitions: options.topicPartitions,
      sessionTimeoutMs: sessionTimeoutFromEnv(),
    };
    const bus = new KafkaEventBus(kafkaOptions, catalog, envelopes);
    await bus.connect();
    return withFaults(bus, envelopes, options.faults);
  }
  const bus = new InMemoryEventBus(
    options.broker ?? InMemoryBroker.shared(),
    catalog,
    envelopes,
    options.topicPartitions,
  );
  return withFaults(bus, envelopes, options.faults);
}

/** Duplicates, when a simulation asks for them (delays happen in the outbox relay, which is durable). */
function withFaults(
  bus: EventBus,
  envelopes: EnvelopeFactory,
  faults: BusFaultSettings | null | undefined,
): EventBus {
  const settings = faults === undefined ? busFaultsFromEnv() : faults;
  return settings && settings.duplicateRate > 0
    ? new DuplicatingEventBus(bus, envelopes, new BusFaultPlan(settings))
    : bus;
}

/** KAFKA_SESSION_TIMEOUT_MS: a shorter consumer session (a simulation's crash drill), kafkajs' default when unset. */
function sessionTimeoutFromEnv(): number | undefined {
  const text = process.env.KAFKA_SESSION_TIMEOUT_MS;
  if (!text) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1_000)
    throw new RangeError(
      `KAFKA_SESSION_TIMEOUT_MS: expected whole milliseconds, at least 1000, got "${text}"`,
    );
  return value;
}
