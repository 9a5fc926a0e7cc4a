import type { CloudEvent } from 'cloudevents';
import type { DataSource, EntityManager } from 'typeorm';
import type { EnvelopeFactory, NewEvent } from '../envelope/envelope-factory';
import { OutboxRecord } from './outbox-record.entity';

/** What a unit of work gets: the transaction's manager and a publish that writes to the outbox in it. */
export interface OutboxTransaction {
  readonly manager: EntityManager;
  publish(events: readonly NewEvent[]): Promise<CloudEvent<unknown>[]>;
}

/**
 * State change and its events in one database transaction: either both happen or neither. The relay publishes
 * the events after commit, so no fact is lost between the database and the broker.
 */
export class TransactionalOutbox {
  constructor(
    private readonly dataSource: DataSource,
    private readonly envelopes: EnvelopeFactory,
    private readonly afterCommit: () => void = () => undefined,
  ) {}

  async run<T>(work: (tx: OutboxTransaction) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction((manager) =>
      work({ manager, publish: (events) => this.add(manager, events) }),
    );
    this.afterCommit();
    return result;
  }

  /** Writes events into the outbox within the caller's transaction (validated now, not at relay time). */
  async add(manager: EntityManager, events: readonly NewEvent[]): Promise<CloudEvent<unknown>[]> {
    const envelopes = events.map((event) => this.envelopes.create(event));
    if (envelopes.length > 0) {
      const rows = envelopes.map((event) =>
        manager.create(OutboxRecord, { eventId: event.id, type: event.type, envelope: event.toJSON() }),
      );
      await manager.save(OutboxRecord, rows, { reload: false });
    }
    return envelopes;
  }
}
