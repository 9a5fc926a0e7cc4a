import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type CallerType = 'officer' | 'system';

/** Who accessed which citizen's data, for what: every read and change of personal data leaves one. */
@Entity({ name: 'audit_log' })
@Index('ix_audit_log_citizen', ['idNumber'])
export class AuditEntry {
  @PrimaryGeneratedColumn({ name: 'entry_id', type: 'bigint', primaryKeyConstraintName: 'pk_audit_log' })
  entryId!: string;

  @Column({ name: 'at', type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'caller_type', type: 'varchar', length: 8 })
  callerType!: CallerType;

  @Column({ name: 'caller_id', type: 'varchar', length: 100 })
  callerId!: string;

  @Column({ name: 'agency', type: 'varchar', length: 100 })
  agency!: string;

  @Column({ name: 'role', type: 'varchar', length: 30 })
  role!: string;

  @Column({ name: 'purpose', type: 'varchar', length: 200, nullable: true })
  purpose!: string | null;

  @Column({ name: 'dossier_code', type: 'varchar', length: 60, nullable: true })
  dossierCode!: string | null;

  @Column({ name: 'action', type: 'varchar', length: 40 })
  action!: string;

  /** The citizen concerned; null for calls about many (a batch) or none. */
  @Column({ name: 'id_number', type: 'char', length: 12, nullable: true })
  idNumber!: string | null;

  @Column({ name: 'outcome', type: 'varchar', length: 20 })
  outcome!: string;
}
