import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DossierStatus } from './dossier-status';

/** One status change of a dossier: who did what, when (business time) and why. */
@Entity({ name: 'dossier_history' })
@Index('ix_dossier_history_dossier', ['dossierCode', 'id'])
export class DossierHistory {
  @PrimaryGeneratedColumn({ type: 'bigint', name: 'id', primaryKeyConstraintName: 'pk_dossier_history' })
  id!: string;

  @Column({ name: 'dossier_code', type: 'varchar', length: 60 })
  dossierCode!: string;

  @Column({ name: 'status', type: 'varchar', length: 24 })
  status!: DossierStatus;

  /** `submit`, an officer's action, or `linked-run` when the saga moved it. */
  @Column({ name: 'action', type: 'varchar', length: 24 })
  action!: string;

  @Column({ name: 'actor', type: 'varchar', length: 100 })
  actor!: string;

  @Column({ name: 'reason', type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ name: 'at', type: 'timestamptz' })
  at!: Date;
}
