import { Inject, Injectable } from '@nestjs/common';
import { TransactionalOutbox, type NewEvent, type OutboxTransaction } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CitizenCache } from '../cache/citizen-cache';
import type { CallerContext } from '../caller/caller-context';
import { PopulationError } from '../population.errors';
import { Citizen } from './citizen.entity';

/** What a change of the register gets: its transaction, the business time, and a way to record its events. */
export interface RegisterChange {
  readonly manager: EntityManager;
  readonly now: Date;
  publish(events: readonly NewEvent[]): Promise<unknown>;
  /** The citizen, locked for the rest of the transaction; 404 when absent. */
  lockCitizen(idNumber: string): Promise<Citizen>;
}

/**
 * Every change of the register goes through here: state, events (outbox) and audit entries commit together; the
 * changed citizens' cached records are dropped after the commit.
 */
@Injectable()
export class RegisterWriter {
  constructor(
    private readonly outbox: TransactionalOutbox,
    private readonly audit: AuditService,
    private readonly cache: CitizenCache,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async change<T>(
    caller: CallerContext,
    action: string,
    work: (change: RegisterChange) => Promise<{ result: T; touched: readonly string[] }>,
  ): Promise<T> {
    const now = this.clock.now();
    const { result, touched } = await this.outbox.run((tx) => this.within(tx, now, caller, action, work));
    await this.cache.invalidate(...touched);
    return result;
  }

  /**
   * The same change inside a transaction the caller runs (one that also writes other things, such as a linked
   * step's ledger row); the caller drops the touched citizens' cached records after its commit.
   */
  async within<T>(
    tx: OutboxTransaction,
    now: Date,
    caller: CallerContext,
    action: string,
    work: (change: RegisterChange) => Promise<{ result: T; touched: readonly string[] }>,
  ): Promise<{ result: T; touched: readonly string[] }> {
    const { manager, publish } = tx;
    const done = await work({
      manager,
      now,
      publish,
      lockCitizen: (idNumber) => lockCitizen(manager, idNumber),
    });
    await this.audit.record(
      caller,
      action,
      done.touched.map((idNumber) => ({ idNumber, outcome: 'ok' as const })),
      manager,
    );
    return done;
  }

  /** Drops cached records after a commit the caller ran (see `within`). */
  async forget(...idNumbers: readonly string[]): Promise<void> {
    await this.cache.invalidate(...idNumbers);
  }
}

async function lockCitizen(manager: EntityManager, idNumber: string): Promise<Citizen> {
  const citizen = await manager.findOne(Citizen, {
    where: { idNumber },
    lock: { mode: 'pessimistic_write' },
  });
  if (!citizen) throw new PopulationError('CITIZEN_NOT_FOUND');
  return citizen;
}
