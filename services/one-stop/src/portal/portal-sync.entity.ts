import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DossierStatus } from '../dossiers/dossier-status';

export type PortalSyncState = 'pending' | 'synced' | 'gave-up';

/** A status change waiting to reach (or having reached) the national portal stand-in. */
@Entity({ name: 'portal_syncs' })
@Index('ix_portal_syncs_due', ['state', 'nextAttemptAt'])
export class PortalSync {
  @PrimaryGeneratedColumn({ type: 'bigint', name: 'id', primaryKeyConstraintName: 'pk_portal_syncs' })
  id!: string;

  @Column({ name: 'dossier_code', type: 'varchar', length: 60 })
  dossierCode!: string;

  @Column({ name: 'status', type: 'varchar', length: 24 })
  status!: DossierStatus;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;

  @Column({ name: 'state', type: 'varchar', length: 10 })
  state!: PortalSyncState;

  @Column({ name: 'attempts', type: 'smallint' })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt!: Date;
}
