import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BIGINT_NUMBER } from '../common/bigint-number.transformer';
import type { BeneficiaryGroup } from '../common/domain-types';

/** A funeral allowance (mai táng phí): one per deceased person, paid to the claimant through the rail. */
@Entity({ name: 'funeral_allowances' })
export class FuneralAllowance {
  @PrimaryColumn({
    name: 'deceased_id_number',
    type: 'char',
    length: 12,
    primaryKeyConstraintName: 'pk_funeral_allowances',
  })
  deceasedIdNumber!: string;

  @Column({ name: 'beneficiary_group', type: 'varchar', length: 20 })
  group!: BeneficiaryGroup;

  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath!: string;

  @Column({ name: 'amount_vnd', type: 'bigint', transformer: BIGINT_NUMBER })
  amountVnd!: number;

  /** The legal basis of the amount, e.g. "20 × 500 000 (NĐ 20/2021 Đ.11, NĐ 76/2024)". */
  @Column({ name: 'basis', type: 'varchar', length: 200 })
  basis!: string;

  @Column({ name: 'claimant_id_number', type: 'char', length: 12 })
  claimantIdNumber!: string;

  @Column({ name: 'claimant_name', type: 'varchar', length: 200 })
  claimantName!: string;

  @Column({ name: 'relationship', type: 'varchar', length: 20 })
  relationship!: string;

  @Column({ name: 'dossier_code', type: 'varchar', length: 60, nullable: true })
  dossierCode!: string | null;

  @Column({ name: 'payment_reference', type: 'varchar', length: 35 })
  paymentReference!: string;

  @Column({ name: 'province_code', type: 'char', length: 3 })
  provinceCode!: string;

  @Column({ name: 'commune_code', type: 'varchar', length: 5, nullable: true })
  communeCode!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
