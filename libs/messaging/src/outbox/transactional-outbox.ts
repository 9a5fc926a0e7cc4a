import { insertOf, writeTogether, type WriteStatement } from '@d06/persistence';
import type { CloudEvent } from 'cloudevents';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
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
  /** Transactions (by their manager) that wrote outbox rows: only their commit wakes the relay. */
  private readonly withRows = new WeakSet<EntityManager>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly envelopes: EnvelopeFactory,
    private readonly afterCommit: () => void = () => undefined,
  ) {}

  async run<T>(work: (tx: OutboxTransaction) => Promise<T>): Promise<T> {
    let used: EntityManager | undefined;
    const result = await this.dataSource.transaction((manager) => {
      used = manager;
      return work({ manager, publish: (events) => this.add(manager, events) });
    });
    // a unit of work that published nothing (a scheduler's idle tick) leaves the relay asleep
    if (used && this.withRows.delete(used)) this.afterCommit();
    return result;
  }

  /** Writes events into the outbox within the caller's transaction (validated now, not at relay time). */
  async add(manager: EntityManager, events: readonly NewEvent[]): Promise<CloudEvent<unknown>[]> {
    return this.write(manager, [], events);
  }

  /**
   * A state change's writes and its events' outbox rows as one statement (see writeTogether): atomic by itself,
   * so it needs no transaction of its own; inside the caller's transaction when the manager has one.
   */
  async write(
    manager: EntityManager,
    writes: readonly WriteStatement[],
    events: readonly NewEvent[],
  ): Promise<CloudEvent<unknown>[]> {
    const envelopes = events.map((event) => this.envelopes.create(event));
    const rows = envelopes.map((event): QueryDeepPartialEntity<OutboxRecord> => ({
      eventId: event.id,
      type: event.type,
      // a jsonb column: the builder stores the object as JSON
      envelope: event.toJSON() as QueryDeepPartialEntity<Record<string, unknown>>,
    }));
    const outboxInsert = rows.length > 0 ? [insertOf(manager, OutboxRecord, rows)] : [];
    await writeTogether(manager, [...writes, ...outboxInsert]);
    // committed already unless it ran in a transaction, whose run() wakes the relay after its commit
    if (rows.length > 0 && manager.queryRunner?.isTransactionActive) this.withRows.add(manager);
    else if (rows.length > 0) this.afterCommit();
    return envelopes;
  }
}
