import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type Sex = 'male' | 'female';
export type Verification = 'match' | 'mismatch';

/**
 * A BHXH participant (người tham gia), keyed by the lifelong social-insurance number. The identity is BHXH's copy,
 * which may differ from the population register; `idSynced` says whether the ID number was verified against the
 * register, which is what lets a CCCD lookup find the card.
 */
@Entity({ name: 'participants' })
@Index('ix_participants_id_number', ['idNumber'])
export class Participant {
  @PrimaryColumn({
    name: 'social_insurance_number',
    type: 'char',
    length: 10,
    primaryKeyConstraintName: 'pk_participants',
  })
  socialInsuranceNumber!: string;

  @Column({ name: 'id_number', type: 'char', length: 12, nullable: true })
  idNumber!: string | null;

  @Column({ name: 'id_synced', type: 'boolean', default: false })
  idSynced!: boolean;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'sex', type: 'varchar', length: 6 })
  sex!: Sex;

  /** Province (3-digit ID code) that manages the participant. */
  @Column({ name: 'province', type: 'char', length: 3 })
  province!: string;

  @Column({ name: 'household_id', type: 'varchar', length: 40, nullable: true })
  householdId!: string | null;

  @Column({ name: 'deceased_on', type: 'date', nullable: true })
  deceasedOn!: string | null;

  /** Result of the last verification against the population register, if any. */
  @Column({ name: 'verification', type: 'varchar', length: 10, nullable: true })
  verification!: Verification | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
