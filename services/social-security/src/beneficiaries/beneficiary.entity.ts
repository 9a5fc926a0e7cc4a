import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BIGINT_NUMBER } from '../common/bigint-number.transformer';
import type { BeneficiaryGroup } from '../common/domain-types';

export type BeneficiaryStatus = 'active' | 'ended';
export type EnrolmentChannel = 'counter' | 'seed';

/** A person receiving a monthly allowance, as the social-security database holds them (possibly unlike the register). */
@Entity({ name: 'beneficiaries' })
@Index('ux_beneficiaries_id_number', ['idNumber'], { unique: true })
@Index('ix_beneficiaries_province', ['provinceCode', 'status'])
export class Beneficiary {
  /** Numbers the beneficiary code (SSA-<province>-<no>): the record reference sent to the population service. */
  @PrimaryGeneratedColumn({
    name: 'beneficiary_no',
    type: 'bigint',
    primaryKeyConstraintName: 'pk_beneficiaries',
  })
  beneficiaryNo!: string;

  @Column({ name: 'id_number', type: 'char', length: 12 })
  idNumber!: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'sex', type: 'varchar', length: 6 })
  sex!: 'male' | 'female';

  @Column({ name: 'beneficiary_group', type: 'varchar', length: 20 })
  group!: BeneficiaryGroup;

  @Column({ name: 'category', type: 'varchar', length: 40 })
  category!: string;

  @Column({ name: 'monthly_amount_vnd', type: 'bigint', transformer: BIGINT_NUMBER })
  monthlyAmountVnd!: number;

  @Column({ name: 'province_code', type: 'char', length: 3 })
  provinceCode!: string;

  @Column({ name: 'commune_code', type: 'varchar', length: 5, nullable: true })
  communeCode!: string | null;

  @Column({ name: 'status', type: 'varchar', length: 10, default: 'active' })
  status!: BeneficiaryStatus;

  @Column({ name: 'ended_reason', type: 'varchar', length: 20, nullable: true })
  endedReason!: string | null;

  @Column({ name: 'review_result', type: 'varchar', length: 10, nullable: true })
  reviewResult!: 'match' | 'mismatch' | null;

  @Column({ name: 'review_mismatched_fields', type: 'jsonb', nullable: true })
  reviewMismatchedFields!: string[] | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'enrolled_via', type: 'varchar', length: 10 })
  enrolledVia!: EnrolmentChannel;

  @Column({ name: 'enrolled_at', type: 'timestamptz' })
  enrolledAt!: Date;
}

/** The beneficiary code (mã đối tượng): stable, and no personal ID number in it. */
export function beneficiaryCode(beneficiary: Pick<Beneficiary, 'beneficiaryNo' | 'provinceCode'>): string {
  return `SSA-${beneficiary.provinceCode}-${beneficiary.beneficiaryNo.padStart(8, '0')}`;
}
