import { Partitioners, type PartitionMetadata } from 'kafkajs';
import type { ConsumedRecord, WireMessage } from '../envelope/wire-message';
import { MessagingError } from '../messaging.errors';

export class UnknownTopicError extends MessagingError {
  constructor(readonly topic: string) {
    super(`topic ${topic} does not exist`);
  }
}

interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

/**
 * A broker in process memory with Kafka's semantics: topics of partitions (append-only logs), keys partitioned with
 * Kafka's own murmur2 partitioner, consumer groups whose members share a topic's partitions and whose committed
 * offsets survive their members. Backs the embedded mode and component tests.
 */
export class InMemoryBroker {
  private static sharedInstance: InMemoryBroker | undefined;
  private readonly logs = new Map<string, ConsumedRecord[][]>();
  private readonly committed = new Map<string, number>();
  private readonly groups = new Map<string, Map<string, readonly string[]>>();
  private readonly partitionLocks = new Map<string, Promise<void>>();
  private wakers = new Set<() => void>();
  private readonly partitioner = Partitioners.DefaultPartitioner();

  constructor(readonly defaultPartitions = 6) {}

  /** The process-wide broker all embedded services share. */
  static shared(): InMemoryBroker {
    return (InMemoryBroker.sharedInstance ??= new InMemoryBroker());
  }

  createTopic(topic: string, partitions = this.defaultPartitions): void {
    if (!this.logs.has(topic))
      this.logs.set(
        topic,
        Array.from({ length: partitions }, () => []),
      );
  }

  hasTopic(topic: string): boolean {
    return this.logs.has(topic);
  }

  partitionCount(topic: string): number {
    return this.partitions(topic).length;
  }

  append(topic: string, messages: readonly WireMessage[]): void {
    const partitions = this.partitions(topic);
    const partitionMetadata: PartitionMetadata[] = partitions.map((_, partitionId) => ({
      partitionId,
      leader: 0,
      replicas: [0],
      isr: [0],
      offlineReplicas: [],
      partitionErrorCode: 0,
    }));
    for (const message of messages) {
      const partition = this.partitioner({
        topic,
        partitionMetadata,
        message: { key: message.key, value: message.value },
      });
      const log = partitions[partition];
      log.push({ ...message, topic, partition, offset: String(log.length) });
    }
    this.wakeAll();
  }

  read(topic: string, partition: number, from: number, max: number): ConsumedRecord[] {
    return this.partitions(topic)[partition].slice(from, from + max);
  }

  endOffset(topic: string, partition: number): number {
    return this.partitions(topic)[partition].length;
  }

  commit(group: string, topic: string, partition: number, nextOffset: number): void {
    this.committed.set(positionKey(group, { topic, partition }), nextOffset);
  }

  committedOffset(group: string, topic: string, partition: number): number | undefined {
    return this.committed.get(positionKey(group, { topic, partition }));
  }

  /** Adds a member to a group; every member's assignment may change (a rebalance). */
  join(group: string, memberId: string, topics: readonly string[]): void {
    for (const topic of topics) this.partitions(topic);
    const members = this.groups.get(group) ?? new Map<string, readonly string[]>();
    members.set(memberId, [...topics]);
    this.groups.set(group, members);
    this.wakeAll();
  }

  leave(group: string, memberId: string): void {
    this.groups.get(group)?.delete(memberId);
    this.wakeAll();
  }

  /** Round-robin of each topic's partitions over the members subscribed to it, in join order. */
  assignment(group: string, memberId: string): TopicPartition[] {
    const members = [...(this.groups.get(group) ?? new Map<string, readonly string[]>()).entries()];
    const mine = members.find(([id]) => id === memberId)?.[1] ?? [];
    return mine.flatMap((topic) => {
      const subscribers = members.filter(([, topics]) => topics.includes(topic)).map(([id]) => id);
      const index = subscribers.indexOf(memberId);
      return this.partitions(topic)
        .map((_, partition) => ({ topic, partition }))
        .filter(({ partition }) => partition % subscribers.length === index);
    });
  }

  /** Serialises a group's work on one partition across members, as Kafka's single owner per partition does. */
  async withPartition<T>(group: string, tp: TopicPartition, work: () => Promise<T>): Promise<T> {
    const key = positionKey(group, tp);
    const previous = this.partitionLocks.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    this.partitionLocks.set(
      key,
      previous.then(() => current),
    );
    await previous;
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** Resolves at the next append or rebalance, or when `signal` aborts. */
  waitForChange(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        signal.removeEventListener('abort', wake);
        this.wakers.delete(wake);
        resolve();
      };
      this.wakers.add(wake);
      signal.addEventListener('abort', wake, { once: true });
    });
  }

  private wakeAll(): void {
    const wakers = this.wakers;
    this.wakers = new Set();
    for (const wake of wakers) wake();
  }

  private partitions(topic: string): ConsumedRecord[][] {
    const partitions = this.logs.get(topic);
    if (!partitions) throw new UnknownTopicError(topic);
    return partitions;
  }
}

function positionKey(group: string, { topic, partition }: TopicPartition): string {
  return `${group}\u0000${topic}\u0000${partition}`;
}
