import type { DataSource, EntityManager } from 'typeorm';
import { qualifiedTable } from '../persistence-helpers';
import { ProcessedEvent } from './processed-event.entity';

/**
 * Applies each event at most once per consumer: the processed mark and the state change commit together, so a
 * redelivered event (after a crash, a rebalance or an outbox republish) finds its mark and changes nothing.
 */
export class IdempotentConsumer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consumer: string,
  ) {}

  /** Runs `apply` in a transaction unless the event was applied before; true when it ran. */
  async once(eventId: string, apply: (manager: EntityManager) => Promise<void>): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO ${qualifiedTable(manager, ProcessedEvent)} (consumer, event_id) VALUES ($1, $2) ` +
          'ON CONFLICT DO NOTHING RETURNING event_id',
        [this.consumer, eventId],
      );
      if (inserted.length === 0) return false;
      await apply(manager);
      return true;
    });
  }
}
