import { BaseEventBus } from '../bus/base-event-bus';
import { busMetrics } from '../bus/bus-metrics';
import { DeliveryPipeline } from '../bus/delivery-pipeline';
import type { BatchSubscription, Subscription, SubscriptionHandle } from '../bus/event-bus.port';
import { handleBatchUntilDone, handleRecordsInOrder, wantedTypes } from '../bus/partition-workers';
import { retryPolicy } from '../bus/retry-policy';
import type { EventCatalog } from '../catalog/event-catalog';
import type { EnvelopeFactory } from '../envelope/envelope-factory';
import type { WireMessage } from '../envelope/wire-message';
import type { InMemoryBroker } from './in-memory-broker';
import { InMemoryGroupMember } from './in-memory-group-member';

const READ_CHUNK = 500;

/** The event bus on the in-process broker: the embedded mode's Kafka. */
export class InMemoryEventBus extends BaseEventBus {
  private readonly pipeline: DeliveryPipeline;
  private readonly members = new Set<InMemoryGroupMember>();

  constructor(
    private readonly broker: InMemoryBroker,
    catalog: EventCatalog,
    envelopes: EnvelopeFactory,
    topicPartitions: Readonly<Record<string, number>> = {},
  ) {
    super(catalog, envelopes);
    this.pipeline = new DeliveryPipeline(catalog, this);
    for (const topic of this.requiredTopics()) broker.createTopic(topic, topicPartitions[topic]);
  }

  send(topic: string, messages: readonly WireMessage[]): Promise<void> {
    if (!this.broker.hasTopic(topic)) this.broker.createTopic(topic);
    this.broker.append(topic, messages);
    return Promise.resolve();
  }

  subscribe(subscription: Subscription): Promise<SubscriptionHandle> {
    const { group, handler } = subscription;
    const policy = retryPolicy(subscription.retry);
    const wanted = wantedTypes(subscription.types);
    const fromBeginning = subscription.fromBeginning ?? true;
    return this.join(group, subscription.topics, async ({ topic, partition }, signal) => {
      let next = this.broker.committedOffset(group, topic, partition);
      if (next === undefined) {
        next = fromBeginning ? 0 : this.broker.endOffset(topic, partition);
        this.broker.commit(group, topic, partition, next);
      }
      while (!signal.aborted) {
        const records = this.broker.read(topic, partition, next, READ_CHUNK);
        this.reportLag(group, topic, partition, next);
        if (records.length === 0) {
          await this.broker.waitForChange(signal);
          continue;
        }
        const outcome = await handleRecordsInOrder(records, {
          pipeline: this.pipeline,
          group,
          handler,
          policy,
          signal,
          wanted,
          done: (record) => {
            next = Number(record.offset) + 1;
            this.broker.commit(group, topic, partition, next);
          },
        });
        if (outcome === 'interrupted') return;
      }
    });
  }

  subscribeBatch(subscription: BatchSubscription): Promise<SubscriptionHandle> {
    const { group } = subscription;
    return this.join(group, subscription.topics, async ({ topic, partition }, signal) => {
      let next = Number((await subscription.offsets.load(group, topic, partition)) ?? '0');
      while (!signal.aborted) {
        const records = this.broker.read(topic, partition, next, subscription.maxBatchSize ?? READ_CHUNK);
        this.reportLag(group, topic, partition, next);
        if (records.length === 0) {
          await this.broker.waitForChange(signal);
          continue;
        }
        const outcome = await handleBatchUntilDone(records, {
          pipeline: this.pipeline,
          subscription,
          signal,
        });
        if (outcome === 'interrupted') return;
        next = Number(records[records.length - 1].offset) + 1;
        this.broker.commit(group, topic, partition, next);
      }
    });
  }

  isReady(): Promise<boolean> {
    return Promise.resolve(true);
  }

  async close(): Promise<void> {
    await Promise.all([...this.members].map((member) => member.stop()));
  }

  private reportLag(group: string, topic: string, partition: number, next: number): void {
    busMetrics.lag.set({ group, topic, partition }, this.broker.endOffset(topic, partition) - next);
  }

  private async join(
    group: string,
    topics: readonly string[],
    work: ConstructorParameters<typeof InMemoryGroupMember>[3],
  ): Promise<SubscriptionHandle> {
    const member = new InMemoryGroupMember(this.broker, group, topics, work);
    this.members.add(member);
    member.start();
    return Promise.resolve({
      stop: async () => {
        this.members.delete(member);
        await member.stop();
      },
    });
  }
}
