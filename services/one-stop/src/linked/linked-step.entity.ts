import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { LinkedStepName, StepOwner } from './linked-procedures';

export type StepStatus = 'pending' | 'requested' | 'completed' | 'failed' | 'timed-out';

/** One step of a linked run, owned by the service that really does it. */
@Entity({ name: 'linked_steps' })
@Index('ix_linked_steps_waiting', ['status', 'attemptDeadline'])
export class LinkedStep {
  @PrimaryColumn({ name: 'run_id', type: 'uuid', primaryKeyConstraintName: 'pk_linked_steps' })
  runId!: string;

  @PrimaryColumn({ name: 'step_index', type: 'smallint', primaryKeyConstraintName: 'pk_linked_steps' })
  index!: number;

  @Column({ name: 'step', type: 'varchar', length: 40 })
  step!: LinkedStepName;

  @Column({ name: 'owner', type: 'varchar', length: 20 })
  owner!: StepOwner;

  @Column({ name: 'status', type: 'varchar', length: 10 })
  status!: StepStatus;

  @Column({ name: 'attempts', type: 'smallint' })
  attempts!: number;

  @Column({ name: 'requested_at', type: 'timestamptz', nullable: true })
  requestedAt!: Date | null;

  /** When the current attempt times out (business time): the sweeper retries or fails the step then. */
  @Column({ name: 'attempt_deadline', type: 'timestamptz', nullable: true })
  attemptDeadline!: Date | null;

  /** The step's legal deadline (working days with the 15:00 rule), set when it is requested. */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'output', type: 'jsonb', nullable: true })
  output!: Record<string, unknown> | null;

  @Column({ name: 'reason', type: 'varchar', length: 500, nullable: true })
  reason!: string | null;
}
