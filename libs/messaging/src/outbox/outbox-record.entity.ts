import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An event waiting to be published, written in the same transaction as the state change it reports. */
@Entity({ name: 'outbox' })
export class OutboxRecord {
  /** Insertion order: the relay publishes in it, so a key's events keep their order. */
  @PrimaryGeneratedColumn({ type: 'bigint', name: 'seq', primaryKeyConstraintName: 'pk_outbox' })
  seq!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'type', type: 'varchar', length: 200 })
  type!: string;

  /** The whole CloudEvent (attributes, extensions and data) as JSON. */
  @Column({ name: 'envelope', type: 'jsonb' })
  envelope!: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
