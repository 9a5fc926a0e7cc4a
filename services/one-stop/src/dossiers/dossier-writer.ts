import { Injectable } from '@nestjs/common';
import { TransactionalOutbox } from '@d06/messaging';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { PortalSyncService } from '../portal/portal-sync.service';
import { DossierHistory } from './dossier-history.entity';
import { Dossier } from './dossier.entity';
import { receivedEvent, statusEvent } from './dossier.events';
import type { DossierStatus } from './dossier-status';

export interface StatusChange {
  readonly status: DossierStatus;
  readonly action: string;
  readonly actor: string;
  readonly reason?: string;
  readonly at: Date;
}

/**
 * Every change of a dossier's status, written one way inside the caller's transaction: the row, its history
 * entry, its dossier.* event (outbox) and its national-portal sync. So no status changes without its event.
 */
@Injectable()
export class DossierWriter {
  constructor(
    private readonly outbox: TransactionalOutbox,
    private readonly portal: PortalSyncService,
  ) {}

  async receive(manager: EntityManager, dossier: Dossier, actor: string): Promise<void> {
    await manager.insert(Dossier, dossier as QueryDeepPartialEntity<Dossier>);
    await this.history(manager, dossier.code, {
      status: 'received',
      action: 'submit',
      actor,
      at: dossier.receivedAt,
    });
    await this.outbox.add(manager, [receivedEvent(dossier)]);
    await this.portal.enqueue(manager, dossier, 'received', dossier.receivedAt);
  }

  /** Moves a dossier (loaded under a lock) to a new status; completion records whether it was on time. */
  async move(
    manager: EntityManager,
    dossier: Dossier,
    change: StatusChange,
    extra: Partial<Dossier> = {},
  ): Promise<void> {
    dossier.status = change.status;
    dossier.updatedAt = change.at;
    if (change.status === 'completed') {
      dossier.completedAt = change.at;
      dossier.onTime = change.at.getTime() <= dossier.dueAt.getTime();
    }
    Object.assign(dossier, extra);
    await manager.update(
      Dossier,
      { code: dossier.code },
      {
        status: dossier.status,
        updatedAt: dossier.updatedAt,
        completedAt: dossier.completedAt,
        onTime: dossier.onTime,
        attention: dossier.attention,
      },
    );
    await this.history(manager, dossier.code, change);
    await this.outbox.add(manager, [statusEvent(dossier, change.status, change.at, change.reason)]);
    await this.portal.enqueue(manager, dossier, change.status, change.at);
  }

  /** A history entry without a status change (e.g. a failed linked run handing the dossier back). */
  async note(manager: EntityManager, dossier: Dossier, change: StatusChange): Promise<void> {
    await this.history(manager, dossier.code, change);
  }

  private async history(manager: EntityManager, code: string, change: StatusChange): Promise<void> {
    await manager.insert(DossierHistory, {
      dossierCode: code,
      status: change.status,
      action: change.action,
      actor: change.actor,
      reason: change.reason?.slice(0, 500) ?? null,
      at: change.at,
    });
  }
}
