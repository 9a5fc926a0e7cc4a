import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { TransactionalOutbox, type NewEvent } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { insertOf, updateOf, type WriteStatement } from '@d06/persistence';
import { DataSource, In, type EntityManager } from 'typeorm';
import { catalogueEntry } from '../catalogue/catalogue';
import { ONE_STOP_CONFIG } from '../config/one-stop-config.token';
import type { OneStopConfig } from '../config/one-stop.config';
import { dossierHeader } from '../dossiers/dossier.events';
import { Dossier } from '../dossiers/dossier.entity';
import type { DossierStatus } from '../dossiers/dossier-status';
import { NATIONAL_PORTAL, type NationalPortal, type PortalAnswer } from './national-portal';
import { PortalSync, type PortalSyncState } from './portal-sync.entity';

/** Syncs attempted in one transaction; a sweep goes on while batches come back full. */
const BATCH = 200;

/**
 * Publishes every status change of a dossier of a connected service to the national portal: queued in the
 * status change's transaction, attempted when due (after the portal's delay), retried after a failure, each
 * attempt reported as dossier.portal-synced (synced or failed) through the outbox.
 */
@Injectable()
export class PortalSyncService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: TransactionalOutbox,
    @Inject(NATIONAL_PORTAL) private readonly portal: NationalPortal,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ONE_STOP_CONFIG) private readonly config: OneStopConfig,
  ) {}

  /**
   * The queueing of status changes, for the status changes' own statement: one insert for all of them, none for
   * the changes of services not connected to the portal.
   */
  enqueueing(
    manager: EntityManager,
    changes: readonly { dossier: Dossier; status: DossierStatus; at: Date }[],
  ): WriteStatement[] {
    const syncs = changes
      .filter(({ dossier }) => catalogueEntry(dossier.serviceKey)?.portal === 'connected')
      .map(({ dossier, status, at }): Omit<PortalSync, 'id'> => ({
        dossierCode: dossier.code,
        status,
        changedAt: at,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: new Date(at.getTime() + this.portal.delayOf(dossier.code, status)),
      }));
    return syncs.length > 0 ? [insertOf(manager, PortalSync, syncs)] : [];
  }

  /** Attempts the syncs that are due on the business clock, batch after batch; returns how many were attempted. */
  async syncDue(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const batch = await this.syncBatch();
      attempted += batch;
      if (batch < BATCH) return attempted;
    }
  }

  /**
   * One batch in one transaction, three statements whatever its size: the due rows (locked, skipping the rows
   * another replica holds), their dossiers, then their updates (one per resulting state) with the batch's events.
   */
  private async syncBatch(): Promise<number> {
    const now = this.clock.now();
    return this.outbox.run(async ({ manager }) => {
      const due = await manager
        .createQueryBuilder(PortalSync, 'sync')
        .where('sync.state = :state AND sync.next_attempt_at <= :now', { state: 'pending', now })
        .orderBy('sync.id')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (due.length === 0) return 0;
      const dossiers = await this.dossiersOf(manager, due);
      const nextAttemptAt = new Date(now.getTime() + this.config.ONESTOP_PORTAL_RETRY_MS);
      const byState = new Map<PortalSyncState, string[]>();
      const events: NewEvent[] = [];
      for (const sync of due) {
        const attempt = sync.attempts + 1;
        const answer = await this.portal.publish(sync.dossierCode, sync.status, attempt);
        const state = answer.ok
          ? 'synced'
          : attempt >= this.config.ONESTOP_PORTAL_MAX_ATTEMPTS
            ? 'gave-up'
            : 'pending';
        const ids = byState.get(state) ?? [];
        ids.push(sync.id);
        byState.set(state, ids);
        events.push(syncedEvent(dossiers.get(sync.dossierCode)!, sync, { attempt, state, answer, now }));
      }
      const updates = [...byState].map(([state, ids]) =>
        updateOf(
          manager,
          PortalSync,
          { attempts: () => 'attempts + 1', state, nextAttemptAt },
          { id: In(ids) },
        ),
      );
      await this.outbox.write(manager, updates, events);
      return due.length;
    });
  }

  private async dossiersOf(
    manager: EntityManager,
    syncs: readonly PortalSync[],
  ): Promise<Map<string, Dossier>> {
    const codes = [...new Set(syncs.map((sync) => sync.dossierCode))];
    const dossiers = await manager.findBy(Dossier, { code: In(codes) });
    return new Map(dossiers.map((dossier) => [dossier.code, dossier]));
  }
}

/** What an attempt reports: dossier.portal-synced, synced or failed (with the portal's error). */
function syncedEvent(
  dossier: Dossier,
  sync: PortalSync,
  outcome: { attempt: number; state: PortalSyncState; answer: PortalAnswer; now: Date },
): NewEvent {
  const { attempt, state, answer, now } = outcome;
  return {
    type: EVENT_TYPES.DOSSIER_PORTAL_SYNCED,
    time: now,
    data: {
      ...dossierHeader(dossier),
      status: sync.status,
      outcome: answer.ok ? 'synced' : 'failed',
      attempt,
      delayMs: Math.max(0, now.getTime() - sync.changedAt.getTime()),
      ...(answer.ok
        ? {}
        : {
            error: state === 'gave-up' ? `${answer.error}; gave up after ${attempt} attempts` : answer.error,
          }),
      occurredAt: now.toISOString(),
    },
  };
}
