import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Seeds and targets: whole states, the latest effective one on a day wins (ties: later business time, then id). */
@Entity({ name: 'snapshots' })
export class SnapshotRow {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_snapshots' })
  eventId!: string;

  @Column({ name: 'kind', type: 'varchar', length: 40 })
  kind!: string;

  @Column({ name: 'province', type: 'varchar', length: 3 })
  province!: string;

  @Column({ name: 'effective_day', type: 'date' })
  effectiveDay!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'payload', type: 'jsonb' })
  payload!: Record<string, unknown>;
}
