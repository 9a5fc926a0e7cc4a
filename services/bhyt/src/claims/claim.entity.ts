import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

export type ClaimKind = 'outpatient' | 'inpatient';

/** An insurance claim a facility submitted; one per facility and claim reference (resending changes nothing). */
@Entity({ name: 'claims' })
@Unique('uq_claims_reference', ['facilityCode', 'claimRef'])
export class Claim {
  @PrimaryColumn({ name: 'claim_id', type: 'uuid', primaryKeyConstraintName: 'pk_claims' })
  claimId!: string;

  @Column({ name: 'facility_code', type: 'char', length: 5 })
  facilityCode!: string;

  @Column({ name: 'claim_ref', type: 'varchar', length: 60 })
  claimRef!: string;

  @Column({ name: 'card_code', type: 'char', length: 15 })
  cardCode!: string;

  @Column({ name: 'kind', type: 'varchar', length: 12 })
  kind!: ClaimKind;

  @Column({ name: 'visit_date', type: 'date' })
  visitDate!: string;

  /** bigint: the pg driver returns it as a string. */
  @Column({ name: 'amount_vnd', type: 'bigint' })
  amountVnd!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
