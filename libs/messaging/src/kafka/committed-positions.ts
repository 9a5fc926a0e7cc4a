import type { Admin } from 'kafkajs';
import type { OffsetStore } from '../bus/event-bus.port';
import { committedOffset, watermarks } from './shared-offset-requests';
import type { TopicNames } from './topic-names';

/**
 * Where a per-event consumer group resumes a partition: the later of Kafka's committed offset (committed about a
 * second after handling, see runBatchConsumer's commits) and what this process has handled since, so a partition
 * reloaded after a failed batch or handed back after a rebalance is not read again from an older commit. With
 * nothing committed, a group that starts from the beginning reads the whole partition, any other its new records.
 */
export class CommittedPositions implements OffsetStore {
  private readonly handledUpTo = new Map<string, number>();

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
    const fromKafka = await committedOffset(this.admin, group, physical, partition);
    const local = this.handledUpTo.get(`${topic}\u0000${partition}`);
    const known = [fromKafka, local].filter((offset): offset is number => offset !== undefined);
    if (known.length > 0) return String(Math.max(...known));
    if (this.fromBeginning) return undefined;
    return String((await watermarks(this.admin, physical, partition)).high);
  }
}
