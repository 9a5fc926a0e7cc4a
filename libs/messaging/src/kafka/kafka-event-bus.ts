import './kafkajs-idle-loop-fix';
import { Kafka, logLevel, Partitioners, type Admin, type ConsumerConfig, type Producer } from 'kafkajs';
import { BaseEventBus } from '../bus/base-event-bus';
import { DeliveryPipeline } from '../bus/delivery-pipeline';
import type {
  BatchSubscription,
  ReducedBatchSubscription,
  Subscription,
  SubscriptionHandle,
} from '../bus/event-bus.port';
import { retryPolicy } from '../bus/retry-policy';
import type { EventCatalog } from '../catalog/event-catalog';
import type { EnvelopeFactory } from '../envelope/envelope-factory';
import type { WireMessage } from '../envelope/wire-message';
import { kafkaLogCreator } from './kafka-logger';
import { toKafkaMessage } from './kafka-records';
import { decodingHandler, reducingHandler, type BatchHandler } from './batch-handlers';
import { runBatchConsumer } from './kafka-consumers';
import { DEFAULT_FETCH_TUNING } from './fetch/fetch-session.types';
import { CommittedPositions } from './committed-positions';
import { eventByEventHandler } from './event-by-event-handler';
import { ReducerPool } from './reduce/reducer-pool';
import { isTopicNotYetKnown, waitForTopicLeaders } from './topic-leaders';
import { SupervisedConsumer, type ConsumerStart } from './supervised-consumer';
import { TopicNames } from './topic-names';

/** A group that only keeps membership (its partitions stay paused): a short poll keeps `stop()` quick. */
const MEMBERSHIP_ONLY: Partial<ConsumerConfig> = { maxWaitTimeInMs: 250 };

export interface KafkaEventBusOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  /** Prepended to every topic name on the cluster (see TopicNames). */
  readonly topicPrefix?: string;
  /** Partitions of the topics this bus creates when they are missing (default 6). */
  readonly topicPartitions?: Readonly<Record<string, number>>;
  /**
   * Consumer session timeout (kafkajs default 30 s): how long a crashed member keeps its partitions before the
   * group moves them, so a restarted service (or a broker restart) stalls its groups at most this long.
   */
  readonly sessionTimeoutMs?: number;
}

/** The event bus on Apache Kafka through kafkajs. Call `connect()` before use; it creates missing topics. */
export class KafkaEventBus extends BaseEventBus {
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly pipeline: DeliveryPipeline;
  private readonly consumers = new Set<SupervisedConsumer>();
  private readonly names: TopicNames;

  constructor(
    private readonly options: KafkaEventBusOptions,
    catalog: EventCatalog,
    envelopes: EnvelopeFactory,
  ) {
    super(catalog, envelopes);
    this.names = new TopicNames(options.topicPrefix);
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: [...options.brokers],
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator,
      retry: { initialRetryTime: 200, retries: 8 },
    });
    // Kafka's Java-compatible murmur2 partitioner: the same key lands on the same partition as in Java clients.
    this.producer = this.kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      allowAutoTopicCreation: false,
    });
    this.admin = this.kafka.admin();
    this.pipeline = new DeliveryPipeline(catalog, this);
  }

  async connect(extraTopics: readonly string[] = []): Promise<void> {
    await Promise.all([this.admin.connect(), this.producer.connect()]);
    await this.ensureTopics(this.requiredTopics(extraTopics));
  }

  async ensureTopics(topics: readonly string[]): Promise<void> {
    const existing = new Set(await this.admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(this.names.physical(topic)));
    if (missing.length === 0) return;
    const physical = missing.map((topic) => this.names.physical(topic));
    try {
      await this.admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic, i) => ({
          topic: physical[i],
          numPartitions: this.options.topicPartitions?.[topic] ?? 6,
          replicationFactor: 1,
        })),
      });
    } catch (error) {
      // created, but the broker answered kafkajs' wait before it knew them: wait here instead
      if (!isTopicNotYetKnown(error)) throw error;
      await waitForTopicLeaders(this.admin, physical);
    }
  }

  async send(topic: string, messages: readonly WireMessage[]): Promise<void> {
    await this.producer.send({
      topic: this.names.physical(topic),
      acks: -1,
      messages: messages.map(toKafkaMessage),
    });
  }

  /**
   * Per event, on the batch consumer's lean fetch path (kafkajs only keeps the group): kafkajs' own consumer
   * decoded and traced every record of the busy topics a service reads for a few types, a tenth of its CPU.
   */
  async subscribe(subscription: Subscription): Promise<SubscriptionHandle> {
    const positions = new CommittedPositions(this.admin, this.names, subscription.fromBeginning ?? true);
    return this.track(
      subscription.group,
      (consumer, signal) =>
        runBatchConsumer(consumer, {
          subscription: { group: subscription.group, topics: subscription.topics, offsets: positions },
          handle: eventByEventHandler(subscription, {
            pipeline: this.pipeline,
            policy: retryPolicy(subscription.retry),
            signal,
            positions,
          }),
          admin: this.admin,
          names: this.names,
          signal,
          clientId: this.options.clientId,
        }),
      MEMBERSHIP_ONLY,
    );
  }

  async subscribeBatch(subscription: BatchSubscription): Promise<SubscriptionHandle> {
    return this.consumeBatches(subscription, decodingHandler(subscription, this.pipeline));
  }

  /**
   * With `threads`, in a pool of worker threads that lives as long as the subscription; the threads start with it
   * (a backlog found on subscribing is the common case for them: a restart, a replay).
   */
  override async subscribeReduced<R>(subscription: ReducedBatchSubscription<R>): Promise<SubscriptionHandle> {
    const threads = subscription.threads ?? 0;
    if (threads <= 0) return super.subscribeReduced(subscription);
    const pool = new ReducerPool<R>(subscription.reducerModule, threads);
    try {
      await pool.start();
      return await this.consumeBatches(subscription, reducingHandler(subscription, this.pipeline, pool), () =>
        pool.close(),
      );
    } catch (error) {
      await pool.close();
      throw error;
    }
  }

  private consumeBatches(
    subscription: Pick<BatchSubscription, 'group' | 'topics' | 'offsets' | 'maxBatchSize' | 'gather'>,
    handle: BatchHandler,
    afterDrain?: () => Promise<void>,
  ): Promise<SubscriptionHandle> {
    return this.track(
      subscription.group,
      async (consumer, signal) => {
        const drain = await runBatchConsumer(consumer, {
          subscription,
          handle,
          admin: this.admin,
          names: this.names,
          signal,
          clientId: this.options.clientId,
          tuning: { ...DEFAULT_FETCH_TUNING, ...subscription.gather },
        });
        return async () => {
          await drain();
          await afterDrain?.();
        };
      },
      MEMBERSHIP_ONLY,
    );
  }

  async isReady(): Promise<boolean> {
    try {
      await this.admin.describeCluster();
      return true;
    } catch {
      return false;
    }
  }

  /** Graceful shutdown: consumers finish their current record and commit, then the producer flushes. */
  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((entry) => this.stopConsumer(entry)));
    await this.producer.disconnect();
    await this.admin.disconnect();
  }

  private async track(
    group: string,
    start: ConsumerStart,
    config: Partial<ConsumerConfig> = {},
  ): Promise<SubscriptionHandle> {
    const session = this.options.sessionTimeoutMs;
    const supervised = new SupervisedConsumer(
      group,
      () =>
        this.kafka.consumer({
          groupId: group,
          allowAutoTopicCreation: false,
          ...(session
            ? { sessionTimeout: session, heartbeatInterval: Math.max(300, Math.floor(session / 5)) }
            : {}),
          ...config,
        }),
      start,
    );
    this.consumers.add(supervised);
    await supervised.launch();
    return { stop: () => this.stopConsumer(supervised) };
  }

  private async stopConsumer(supervised: SupervisedConsumer): Promise<void> {
    if (!this.consumers.delete(supervised)) return;
    await supervised.stop();
  }
}
