import type { DataSource, EntityManager } from 'typeorm';
import type { OffsetStore } from '../bus/event-bus.port';
import { MessagingError } from '../messaging.errors';
import { qualifiedTable } from '../persistence-helpers';
import { ConsumerOffset } from './consumer-offset.entity';

/** The stored position was not the batch's starting position: another member (or an earlier try) moved it. */
export class OffsetConflictError extends MessagingError {
  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly expected: string,
  ) {
    super(`position of ${topic}/${partition} is no longer ${expected}: the batch is not applied`);
  }
}

/**
 * Consumer positions in the consumer's own database. Saving a position in the same transaction as the state it
 * produced is what makes counting exactly-once: a crash rolls back both, a redelivery is skipped by position.
 */
export class TransactionalOffsetStore implements OffsetStore {
  constructor(private readonly dataSource: DataSource) {}

  async load(group: string, topic: string, partition: number): Promise<string | undefined> {
    return this.loadWith(this.dataSource.manager, group, topic, partition);
  }

  /** The stored position read through a given manager (e.g. inside a snapshot transaction). */
  async loadWith(
    manager: EntityManager,
    group: string,
    topic: string,
    partition: number,
  ): Promise<string | undefined> {
    const row = await manager.getRepository(ConsumerOffset).findOneBy({ group, topic, partition });
    return row?.nextOffset;
  }

  /** Unconditional write of a position. */
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

  /**
   * Moves the position from `fromOffset` to `nextOffset`, or throws OffsetConflictError (rolling the caller's
   * transaction back) when the stored position is another one. A partition with no stored position yet accepts
   * any start. The row lock taken here also serialises two members applying the same partition at once.
   */
  async advance(
    manager: EntityManager,
    position: { group: string; topic: string; partition: number; fromOffset: string; nextOffset: string },
  ): Promise<void> {
    const { group, topic, partition, fromOffset, nextOffset } = position;
    const moved = await manager.query<unknown[]>(
      `INSERT INTO ${qualifiedTable(manager, ConsumerOffset)} AS o ` +
        '(consumer_group, topic, partition, next_offset, updated_at) VALUES ($1, $2, $3, $4, now()) ' +
        'ON CONFLICT (consumer_group, topic, partition) DO UPDATE ' +
        'SET next_offset = EXCLUDED.next_offset, updated_at = EXCLUDED.updated_at ' +
        'WHERE o.next_offset = $5 RETURNING 1',
      [group, topic, partition, nextOffset, fromOffset],
    );
    if (moved.length !== 1) throw new OffsetConflictError(topic, partition, fromOffset);
  }
}
