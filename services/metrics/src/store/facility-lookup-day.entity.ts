import { Entity, PrimaryColumn } from 'typeorm';

/** A facility looked at least one card up on that day: distinct facilities with lookups over any range. */
@Entity({ name: 'facility_lookup_days' })
export class FacilityLookupDay {
  @PrimaryColumn({
    name: 'province',
    type: 'varchar',
    length: 3,
    primaryKeyConstraintName: 'pk_facility_lookup_days',
  })
  province!: string;

  @PrimaryColumn({ name: 'day', type: 'date', primaryKeyConstraintName: 'pk_facility_lookup_days' })
  day!: string;

  @PrimaryColumn({
    name: 'facility_code',
    type: 'varchar',
    length: 10,
    primaryKeyConstraintName: 'pk_facility_lookup_days',
  })
  facilityCode!: string;
}
