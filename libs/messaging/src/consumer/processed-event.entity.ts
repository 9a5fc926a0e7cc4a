import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Marks an event as applied by a consumer, so a redelivery changes nothing. */
@Entity({ name: 'processed_events' })
export class ProcessedEvent {
  @PrimaryColumn({
    name: 'consumer',
    type: 'varchar',
    length: 200,
    primaryKeyConstraintName: 'pk_processed_events',
  })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_processed_events' })
  eventId!: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
