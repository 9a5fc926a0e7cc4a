import { Entity, PrimaryColumn } from 'typeorm';

/** CloudEvents ids already counted: a redelivered or republished event (same id) is never counted twice. */
@Entity({ name: 'counted_events' })
export class CountedEvent {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_counted_events' })
  eventId!: string;
}
