import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { catalogueEntry } from '../catalogue/catalogue';
import { ONE_STOP_CONFIG } from '../config/one-stop-config.token';
import type { OneStopConfig } from '../config/one-stop.config';
import { dossierHeader } from '../dossiers/dossier.events';
import { Dossier } from '../dossiers/dossier.entity';
import type { DossierStatus } from '../dossiers/dossier-status';
import { NATIONAL_PORTAL, type NationalPortal } from './national-portal';
import { PortalSync } from './portal-sync.entity';

const BATCH = 50;

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

  /** Queues a status change (within the caller's transaction); services not connected to the portal are skipped. */
  async enqueue(manager: EntityManager, dossier: Dossier, status: DossierStatus, at: Date): Promise<void> {
    if (catalogueEntry(dossier.serviceKey)?.portal !== 'connected') return;
    const delay = this.portal.delayOf(dossier.code, status);
    await manager.insert(PortalSync, {
      dossierCode: dossier.code,
      status,
      changedAt: at,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: new Date(at.getTime() + delay),
    });
  }

  /** Attempts the syncs that are due on the business clock; returns how many were attempted. */
  async syncDue(): Promise<number> {
    const now = this.clock.now();
    return this.outbox.run(async ({ manager, publish }) => {
      const due = await manager
        .createQueryBuilder(PortalSync, 'sync')
        .where('sync.state = :state AND sync.next_attempt_at <= :now', { state: 'pending', now })
        .orderBy('sync.id')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const sync of due) {
        const dossier = await manager.findOneByOrFail(Dossier, { code: sync.dossierCode });
        const attempt = sync.attempts + 1;
        const answer = await this.portal.publish(sync.dossierCode, sync.status, attempt);
        const state = answer.ok
          ? 'synced'
          : attempt >= this.config.ONESTOP_PORTAL_MAX_ATTEMPTS
            ? 'gave-up'
            : 'pending';
        await manager.update(
          PortalSync,
          { id: sync.id },
          {
            attempts: attempt,
            state,
            nextAttemptAt: new Date(now.getTime() + this.config.ONESTOP_PORTAL_RETRY_MS),
          },
        );
        await publish([
          {
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
                    error:
                      state === 'gave-up'
                        ? `${answer.error}; gave up after ${attempt} attempts`
                        : answer.error,
                  }),
              occurredAt: now.toISOString(),
            },
          },
        ]);
      }
      return due.length;
    });
  }
}
