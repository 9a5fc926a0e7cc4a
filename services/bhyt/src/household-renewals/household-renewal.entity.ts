import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

export type RenewalStatus = 'renewed' | 'failed';

/** One attempt to renew a household's cards; the attempt number feeds the deterministic fault. */
@Entity({ name: 'household_renewals' })
@Unique('uq_household_renewals_attempt', ['householdRef', 'attempt'])
export class HouseholdRenewal {
  @PrimaryColumn({ name: 'renewal_id', type: 'uuid', primaryKeyConstraintName: 'pk_household_renewals' })
  renewalId!: string;

  @Column({ name: 'household_ref', type: 'varchar', length: 40 })
  householdRef!: string;

  @Column({ name: 'attempt', type: 'integer' })
  attempt!: number;

  @Column({ name: 'province', type: 'char', length: 3 })
  province!: string;

  @Column({ name: 'members', type: 'smallint' })
  members!: number;

  @Column({ name: 'months', type: 'smallint' })
  months!: number;

  @Column({ name: 'premium_total_vnd', type: 'bigint' })
  premiumTotalVnd!: string;

  @Column({ name: 'status', type: 'varchar', length: 10 })
  status!: RenewalStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
