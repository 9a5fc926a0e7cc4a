import type { DataSource, EntityManager } from 'typeorm';
import type { OffsetStore } from '../bus/event-bus.port';
import { ConsumerOffset } from './consumer-offset.entity';

/**
 * Consumer positions in the consumer's own database. Saving a position in the same transaction as the state it
 * produced is what makes counting exactly-once: a crash rolls back both, a redelivery is skipped by position.
 */
export class TransactionalOffsetStore implements OffsetStore {
  constructor(private readonly dataSource: DataSource) {}

  async load(group: string, topic: string, partition: number): Promise<string | undefined> {
    const row = await this.dataSource.getRepository(ConsumerOffset).findOneBy({ group, topic, partition });
    return row?.nextOffset;
  }

  async save(
    manager: EntityManager,
    group: string,
    topic: string,
    partition: number,
    nextOffset: string,
  ): Promise<void> {
    await manager.upsert(ConsumerOffset, { group, topic, partition, nextOffset, updatedAt: new Date() }, [
      'group',
      'topic',
      'partition',
    ]);
  }
}
