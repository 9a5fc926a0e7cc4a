import type { Admin } from 'kafkajs';
import type { OffsetStore } from '../bus/event-bus.port';
import type { TopicNames } from './topic-names';

type GroupOffsets = ReturnType<Admin['fetchOffsets']>;
type TopicOffsets = ReturnType<Admin['fetchTopicOffsets']>;

/**
 * Where a per-event consumer group resumes a partition: the later of Kafka's committed offset (committed about a
 * second after handling, see runBatchConsumer's commits) and what this process has handled since, so a partition
 * reloaded after a failed batch or handed back after a rebalance is not read again from an older commit. With
 * nothing committed, a group that starts from the beginning reads the whole partition, any other its new records.
 * The partitions of one assignment load together: one request per topic.
 */
export class CommittedPositions implements OffsetStore {
  private readonly handledUpTo = new Map<string, number>();
  private readonly committedAsked = new Map<string, GroupOffsets>();
  private readonly endsAsked = new Map<string, TopicOffsets>();

  constructor(
    private readonly admin: Admin,
    private readonly names: TopicNames,
    private readonly fromBeginning: boolean,
  ) {}

  /** Records of the partition before `nextOffset` are handled. */
  handled(topic: string, partition: number, nextOffset: number): void {
    const key = `${topic}\u0000${partition}`;
    if (nextOffset > (this.handledUpTo.get(key) ?? -1)) this.handledUpTo.set(key, nextOffset);
  }

  async load(group: string, topic: string, partition: number): Promise<string | undefined> {
    const physical = this.names.physical(topic);
    const committed = (
      await this.shared(this.committedAsked, `${group}\u0000${physical}`, () =>
        this.admin.fetchOffsets({ groupId: group, topics: [physical] }),
      )
    )
      .flatMap((entry) => entry.partitions)
      .find((entry) => entry.partition === partition)?.offset;
    const fromKafka = committed !== undefined && Number(committed) >= 0 ? Number(committed) : undefined;
    const local = this.handledUpTo.get(`${topic}\u0000${partition}`);
    const known = [fromKafka, local].filter((offset): offset is number => offset !== undefined);
    if (known.length > 0) return String(Math.max(...known));
    if (this.fromBeginning) return undefined;
    const ends = await this.shared(this.endsAsked, physical, () => this.admin.fetchTopicOffsets(physical));
    return ends.find((entry) => entry.partition === partition)?.high ?? '0';
  }

  /** One request in flight per key: the partitions of an assignment ask at once. */
  private shared<T>(asked: Map<string, Promise<T>>, key: string, ask: () => Promise<T>): Promise<T> {
    let request = asked.get(key);
    if (!request) {
      request = ask().finally(() => asked.delete(key));
      asked.set(key, request);
    }
    return request;
  }
}
