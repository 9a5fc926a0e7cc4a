import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type Sex = 'male' | 'female';
export type CitizenStatus = 'alive' | 'deceased';
export type MaritalStatus = 'single' | 'married' | 'divorced' | 'widowed';
export type HouseholdRelation = 'head' | 'spouse' | 'child' | 'parent' | 'grandchild' | 'sibling' | 'other';

/** A person in the population register, keyed by the 12-digit personal ID number. */
@Entity({ name: 'citizens' })
@Index('ix_citizens_household', ['householdId'])
export class Citizen {
  @PrimaryColumn({ name: 'id_number', type: 'char', length: 12, primaryKeyConstraintName: 'pk_citizens' })
  idNumber!: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'sex', type: 'varchar', length: 6 })
  sex!: Sex;

  @Column({ name: 'ethnicity', type: 'varchar', length: 40, default: 'Kinh' })
  ethnicity!: string;

  /** Province (3-digit ID code) where the birth was registered: the first digits of the ID number. */
  @Column({ name: 'birthplace_province', type: 'char', length: 3 })
  birthplaceProvince!: string;

  /** Quê quán: province of the family's origin. */
  @Column({ name: 'hometown_province', type: 'char', length: 3 })
  hometownProvince!: string;

  @Column({ name: 'permanent_province', type: 'char', length: 3, nullable: true })
  permanentProvince!: string | null;

  @Column({ name: 'permanent_district', type: 'varchar', length: 10, nullable: true })
  permanentDistrict!: string | null;

  @Column({ name: 'permanent_commune', type: 'varchar', length: 12, nullable: true })
  permanentCommune!: string | null;

  @Column({ name: 'permanent_address', type: 'varchar', length: 300, nullable: true })
  permanentAddress!: string | null;

  @Column({ name: 'temporary_province', type: 'char', length: 3, nullable: true })
  temporaryProvince!: string | null;

  @Column({ name: 'temporary_district', type: 'varchar', length: 10, nullable: true })
  temporaryDistrict!: string | null;

  @Column({ name: 'temporary_commune', type: 'varchar', length: 12, nullable: true })
  temporaryCommune!: string | null;

  @Column({ name: 'temporary_address', type: 'varchar', length: 300, nullable: true })
  temporaryAddress!: string | null;

  @Column({ name: 'temporary_until', type: 'date', nullable: true })
  temporaryUntil!: string | null;

  @Column({ name: 'household_id', type: 'varchar', length: 20, nullable: true })
  householdId!: string | null;

  @Column({ name: 'relation_to_head', type: 'varchar', length: 12, nullable: true })
  relationToHead!: HouseholdRelation | null;

  @Column({ name: 'father_id_number', type: 'char', length: 12, nullable: true })
  fatherIdNumber!: string | null;

  @Column({ name: 'mother_id_number', type: 'char', length: 12, nullable: true })
  motherIdNumber!: string | null;

  @Column({ name: 'marital_status', type: 'varchar', length: 10, default: 'single' })
  maritalStatus!: MaritalStatus;

  @Column({ name: 'status', type: 'varchar', length: 10, default: 'alive' })
  status!: CitizenStatus;

  @Column({ name: 'deceased_on', type: 'date', nullable: true })
  deceasedOn!: string | null;

  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' })
  registeredAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
