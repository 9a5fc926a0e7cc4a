import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CallerContext } from '../caller/caller-context';
import { AuditEntry } from './audit-entry.entity';

export type AuditOutcome = 'ok' | 'not-found' | 'refused' | 'match' | 'mismatch';

/** Writes who touched which citizen's data: in the caller's transaction for changes, on its own for reads. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    caller: CallerContext,
    action: string,
    entries: readonly { idNumber: string | null; outcome: AuditOutcome; dossierCode?: string }[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (entries.length === 0) return;
    await manager.insert(
      AuditEntry,
      entries.map(({ idNumber, outcome, dossierCode }) => ({
        callerType: caller.type,
        callerId: caller.id,
        agency: caller.agency,
        role: caller.role,
        purpose: caller.purpose ?? null,
        dossierCode: dossierCode ?? caller.dossierCode ?? null,
        action,
        idNumber,
        outcome,
      })),
    );
  }
}
