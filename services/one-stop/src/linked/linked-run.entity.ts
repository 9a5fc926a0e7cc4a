import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { LinkedStepName, Procedure } from './linked-procedures';

export type RunStatus = 'running' | 'completed' | 'failed';

/** A linked-procedure run (saga): one dossier, one form, its steps in `linked_steps`. */
@Entity({ name: 'linked_runs' })
@Index('ix_linked_runs_dossier', ['dossierCode'])
export class LinkedRun {
  @PrimaryColumn({ name: 'run_id', type: 'uuid', primaryKeyConstraintName: 'pk_linked_runs' })
  runId!: string;

  @Column({ name: 'dossier_code', type: 'varchar', length: 60 })
  dossierCode!: string;

  @Column({ name: 'procedure', type: 'varchar', length: 10 })
  procedure!: Procedure;

  @Column({ name: 'service_key', type: 'varchar', length: 40 })
  serviceKey!: string;

  @Column({ name: 'province_code', type: 'char', length: 3 })
  provinceCode!: string;

  @Column({ name: 'commune_code', type: 'char', length: 5, nullable: true })
  communeCode!: string | null;

  @Column({ name: 'status', type: 'varchar', length: 10 })
  status!: RunStatus;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'legal_days', type: 'smallint' })
  legalDays!: number;

  @Column({ name: 'verification_needed', type: 'boolean' })
  verificationNeeded!: boolean;

  /** The one linked form (`{ birth }` or `{ death }`), sent with every step request. */
  @Column({ name: 'form', type: 'jsonb' })
  form!: Record<string, unknown>;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'within_limit', type: 'boolean', nullable: true })
  withinLimit!: boolean | null;

  @Column({ name: 'failed_step', type: 'varchar', length: 40, nullable: true })
  failedStep!: LinkedStepName | null;

  @Column({ name: 'failed_step_index', type: 'smallint', nullable: true })
  failedStepIndex!: number | null;

  @Column({ name: 'reason_code', type: 'varchar', length: 20, nullable: true })
  reasonCode!: 'refused' | 'timed-out' | null;

  @Column({ name: 'reason', type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  /** W3C trace context of the submission: timeouts and retries continue the same trace. */
  @Column({ name: 'traceparent', type: 'varchar', length: 100, nullable: true })
  traceparent!: string | null;
}
