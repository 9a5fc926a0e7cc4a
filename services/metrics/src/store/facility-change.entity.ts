import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every facility.updated, so facilities using the ID card "as of" a day are exact in any delivery order. */
@Entity({ name: 'facility_changes' })
export class FacilityChangeRow {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_facility_changes' })
  eventId!: string;

  @Column({ name: 'facility_code', type: 'varchar', length: 10 })
  facilityCode!: string;

  @Column({ name: 'province', type: 'varchar', length: 3 })
  province!: string;

  @Column({ name: 'day', type: 'date' })
  day!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'accepts_id_card', type: 'boolean' })
  acceptsIdCard!: boolean;

  @Column({ name: 'created', type: 'boolean' })
  created!: boolean;
}
