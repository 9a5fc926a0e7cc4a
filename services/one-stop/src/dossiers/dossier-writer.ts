import { Injectable } from '@nestjs/common';
import { TransactionalOutbox } from '@d06/messaging';
import { insertOf, updateOf, type WriteStatement } from '@d06/persistence';
import { In, type EntityManager } from 'typeorm';
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

/** A status change of one dossier (loaded under a lock), with other fields it sets. */
export interface DossierMove {
  readonly dossier: Dossier;
  readonly change: StatusChange;
  readonly extra?: Partial<Dossier>;
}

/**
 * Every change of a dossier's status, written one way inside the caller's transaction: the rows, their history
 * entries, their dossier.* events (outbox) and their national-portal syncs, sent as one statement however many
 * dossiers change. So no status changes without its event.
 */
@Injectable()
export class DossierWriter {
  constructor(
    private readonly outbox: TransactionalOutbox,
    private readonly portal: PortalSyncService,
  ) {}

  receive(manager: EntityManager, dossier: Dossier, actor: string): Promise<void> {
    return this.receiveAll(manager, [{ dossier, actor }]);
  }

  /** New dossiers, each received by its actor. */
  async receiveAll(
    manager: EntityManager,
    received: readonly { dossier: Dossier; actor: string }[],
  ): Promise<void> {
    if (received.length === 0) return;
    const changes = received.map(({ dossier, actor }) => ({
      dossier,
      change: { status: 'received', action: 'submit', actor, at: dossier.receivedAt } as const,
    }));
    await this.outbox.write(
      manager,
      [
        insertOf(
          manager,
          Dossier,
          received.map(({ dossier }) => dossier as QueryDeepPartialEntity<Dossier>),
        ),
        insertOf(
          manager,
          DossierHistory,
          changes.map(({ dossier, change }) => historyRow(dossier.code, change)),
        ),
        ...this.portal.enqueueing(
          manager,
          changes.map(({ dossier }) => ({ dossier, status: 'received', at: dossier.receivedAt })),
        ),
      ],
      received.map(({ dossier }) => receivedEvent(dossier)),
    );
  }

  /** Moves a dossier (loaded under a lock) to a new status; completion records whether it was on time. */
  move(manager: EntityManager, dossier: Dossier, change: StatusChange, extra: Partial<Dossier> = {}) {
    return this.moveAll(manager, [{ dossier, change, extra }]);
  }

  /**
   * Moves dossiers in order (a dossier may move more than once); each row is written once, as it ends, in one
   * UPDATE per set of equal values — a statement may not update a row twice.
   */
  async moveAll(manager: EntityManager, moves: readonly DossierMove[]): Promise<void> {
    if (moves.length === 0) return;
    const events = moves.map(({ dossier, change, extra }) => {
      apply(dossier, change, extra ?? {});
      return statusEvent(dossier, change.status, change.at, change.reason);
    });
    await this.outbox.write(
      manager,
      [
        ...rowUpdates(manager, moves),
        insertOf(
          manager,
          DossierHistory,
          moves.map(({ dossier, change }) => historyRow(dossier.code, change)),
        ),
        ...this.portal.enqueueing(
          manager,
          moves.map(({ dossier, change }) => ({ dossier, status: change.status, at: change.at })),
        ),
      ],
      events,
    );
  }

  /** A history entry without a status change (e.g. a failed linked run handing the dossier back). */
  async note(manager: EntityManager, dossier: Dossier, change: StatusChange): Promise<void> {
    await manager.insert(DossierHistory, historyRow(dossier.code, change));
  }
}

function apply(dossier: Dossier, change: StatusChange, extra: Partial<Dossier>): void {
  dossier.status = change.status;
  dossier.updatedAt = change.at;
  if (change.status === 'completed') {
    dossier.completedAt = change.at;
    dossier.onTime = change.at.getTime() <= dossier.dueAt.getTime();
  }
  Object.assign(dossier, extra);
}

/** The moved rows as they end, grouped by equal values (a wave's moves share their time and status). */
function rowUpdates(manager: EntityManager, moves: readonly DossierMove[]): WriteStatement[] {
  const last = new Map(moves.map(({ dossier }) => [dossier.code, dossier]));
  const groups = new Map<string, { row: QueryDeepPartialEntity<Dossier>; codes: string[] }>();
  for (const dossier of last.values()) {
    const row = {
      status: dossier.status,
      updatedAt: dossier.updatedAt,
      completedAt: dossier.completedAt,
      onTime: dossier.onTime,
      attention: dossier.attention,
    };
    const key = JSON.stringify(row);
    const group = groups.get(key) ?? { row, codes: [] as string[] };
    group.codes.push(dossier.code);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ row, codes }) => updateOf(manager, Dossier, row, { code: In(codes) }));
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
