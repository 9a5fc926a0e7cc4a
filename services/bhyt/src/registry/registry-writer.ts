import { Inject, Injectable } from '@nestjs/common';
import { TransactionalOutbox, type NewEvent, type OutboxTransaction } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import type { EntityManager } from 'typeorm';
import { CardStore, type TouchedParticipant } from './card-store';
import { dayOf } from './iso-dates';

/** What a change of the registry gets: its transaction, the business time and day, a way to record events. */
export interface RegistryChange {
  readonly manager: EntityManager;
  readonly now: Date;
  /** The business day (Vietnam time), `YYYY-MM-DD`. */
  readonly today: string;
  publish(events: readonly NewEvent[]): Promise<unknown>;
  /** Serialises changes about one subject (`person:<ID number>`, `household:<ref>`) across requests and replicas. */
  lock(subject: string): Promise<void>;
}

/**
 * Every change of participants and cards goes through here: state and events (outbox) commit together, and the
 * changed participants' cached views are dropped after the commit, so the next lookup reads the new state.
 */
@Injectable()
export class RegistryWriter {
  constructor(
    private readonly outbox: TransactionalOutbox,
    private readonly cards: CardStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async change<T>(
    work: (change: RegistryChange) => Promise<{ result: T; touched: readonly TouchedParticipant[] }>,
  ): Promise<T> {
    const now = this.clock.now();
    const { result, touched } = await this.outbox.run((tx) => this.within(tx, now, work));
    await this.cards.invalidate(touched);
    return result;
  }

  /**
   * The same change inside a transaction the caller runs (one that also writes other things, such as a linked
   * step's ledger row); the caller drops the touched participants' cached views after its commit (`forget`).
   */
  within<T>(
    { manager, publish }: OutboxTransaction,
    now: Date,
    work: (change: RegistryChange) => Promise<T>,
  ): Promise<T> {
    return work({
      manager,
      now,
      today: dayOf(now),
      publish,
      lock: async (subject) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`bhyt:${subject}`]);
      },
    });
  }

  async forget(touched: readonly TouchedParticipant[]): Promise<void> {
    await this.cards.invalidate(touched);
  }
}
