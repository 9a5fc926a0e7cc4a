import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const FACILITY_KINDS = [
  'provincial-hospital',
  'district-health-centre',
  'commune-health-station',
  'private-clinic',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** A health facility under contract with BHXH (cơ sở KCB BHYT), by its 5-digit code. */
@Entity({ name: 'facilities' })
@Index('ix_facilities_province', ['province'])
export class Facility {
  @PrimaryColumn({
    name: 'facility_code',
    type: 'char',
    length: 5,
    primaryKeyConstraintName: 'pk_facilities',
  })
  facilityCode!: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'kind', type: 'varchar', length: 30 })
  kind!: FacilityKind;

  @Column({ name: 'province', type: 'char', length: 3 })
  province!: string;

  @Column({ name: 'district_code', type: 'char', length: 3, nullable: true })
  districtCode!: string | null;

  /** Checks patients in with the chip ID card (CCCD) instead of the paper BHYT card. */
  @Column({ name: 'accepts_id_card', type: 'boolean', default: true })
  acceptsIdCard!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
