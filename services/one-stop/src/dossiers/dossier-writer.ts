import { Injectable } from '@nestjs/common';
import { TransactionalOutbox } from '@d06/messaging';
import { insertOf, updateOf } from '@d06/persistence';
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
 * entry, its dossier.* event (outbox) and its national-portal sync, sent as one statement. So no status changes
 * without its event.
 */
@Injectable()
export class DossierWriter {
  constructor(
    private readonly outbox: TransactionalOutbox,
    private readonly portal: PortalSyncService,
  ) {}

  async receive(manager: EntityManager, dossier: Dossier, actor: string): Promise<void> {
    const received: StatusChange = { status: 'received', action: 'submit', actor, at: dossier.receivedAt };
    await this.outbox.write(
      manager,
      [
        insertOf(manager, Dossier, dossier as QueryDeepPartialEntity<Dossier>),
        insertOf(manager, DossierHistory, historyRow(dossier.code, received)),
        ...this.portal.enqueueing(manager, dossier, 'received', dossier.receivedAt),
      ],
      [receivedEvent(dossier)],
    );
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
    const row: QueryDeepPartialEntity<Dossier> = {
      status: dossier.status,
      updatedAt: dossier.updatedAt,
      completedAt: dossier.completedAt,
      onTime: dossier.onTime,
      attention: dossier.attention,
    };
    await this.outbox.write(
      manager,
      [
        updateOf(manager, Dossier, row, { code: dossier.code }),
        insertOf(manager, DossierHistory, historyRow(dossier.code, change)),
        ...this.portal.enqueueing(manager, dossier, change.status, change.at),
      ],
      [statusEvent(dossier, change.status, change.at, change.reason)],
    );
  }

  /** A history entry without a status change (e.g. a failed linked run handing the dossier back). */
  async note(manager: EntityManager, dossier: Dossier, change: StatusChange): Promise<void> {
    await manager.insert(DossierHistory, historyRow(dossier.code, change));
  }
}

/** The history row of a change: what is stored, and what an answer shows without reading it back. */
export function historyRow(code: string, change: StatusChange): Omit<DossierHistory, 'id'> {
  return {
    dossierCode: code,
    status: change.status,
    action: change.action,
    actor: change.actor,
    reason: change.reason?.slice(0, 500) ?? null,
    at: change.at,
  };
}
