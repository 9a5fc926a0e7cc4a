import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a step produced, as its reply carries it. */
export type LinkedStepOutput = Record<string, string | number>;

/**
 * A linked-procedure step this service owns, done (or refused) once per run: the ledger that makes a redelivered
 * or retried request answer again with the same outcome instead of acting twice.
 */
@Entity({ name: 'linked_steps' })
export class LinkedStepRecord {
  @PrimaryColumn({ name: 'run_id', type: 'uuid', primaryKeyConstraintName: 'pk_linked_steps' })
  runId!: string;

  @PrimaryColumn({
    name: 'step',
    type: 'varchar',
    length: 40,
    primaryKeyConstraintName: 'pk_linked_steps',
  })
  step!: string;

  @Column({ name: 'dossier_code', type: 'varchar', length: 60 })
  dossierCode!: string;

  @Column({ name: 'procedure', type: 'varchar', length: 10 })
  procedure!: string;

  @Column({ name: 'outcome', type: 'varchar', length: 10 })
  outcome!: 'completed' | 'failed';

  @Column({ name: 'reason_code', type: 'varchar', length: 60, nullable: true })
  reasonCode!: string | null;

  @Column({ name: 'reason', type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  /** What the step produced, as the reply carries it (e.g. childIdNumber, cardCode, amountVnd). */
  @Column({ name: 'output', type: 'jsonb' })
  output!: LinkedStepOutput;

  /** The attempt that acted. */
  @Column({ name: 'attempt', type: 'integer' })
  attempt!: number;

  /** The latest attempt answered (a retry answers again, with its own number). */
  @Column({ name: 'last_attempt', type: 'integer' })
  lastAttempt!: number;

  /** Replies sent for this step: one per delivery of a request, however many. */
  @Column({ name: 'answers', type: 'integer' })
  answers!: number;

  /** Business time the step was done or refused. */
  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
