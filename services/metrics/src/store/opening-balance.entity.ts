import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A cumulative value carried in from before the simulated period (set by a scenario), added to what events made. */
@Entity({ name: 'opening_balances' })
export class OpeningBalance {
  @PrimaryColumn({
    name: 'province',
    type: 'varchar',
    length: 3,
    primaryKeyConstraintName: 'pk_opening_balances',
  })
  province!: string;

  /** The report field, as a dotted path (e.g. `healthInsurance.lookups.total`). */
  @PrimaryColumn({
    name: 'figure',
    type: 'varchar',
    length: 200,
    primaryKeyConstraintName: 'pk_opening_balances',
  })
  figure!: string;

  @Column({ name: 'value', type: 'numeric' })
  value!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
