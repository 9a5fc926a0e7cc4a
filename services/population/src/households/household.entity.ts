import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A household (hộ gia đình) registered at a permanent address, with its head. */
@Entity({ name: 'households' })
export class Household {
  @PrimaryColumn({
    name: 'household_id',
    type: 'varchar',
    length: 20,
    primaryKeyConstraintName: 'pk_households',
  })
  householdId!: string;

  @Column({ name: 'head_id_number', type: 'char', length: 12 })
  headIdNumber!: string;

  @Column({ name: 'province', type: 'char', length: 3 })
  province!: string;

  @Column({ name: 'district', type: 'varchar', length: 10 })
  district!: string;

  @Column({ name: 'commune', type: 'varchar', length: 12 })
  commune!: string;

  @Column({ name: 'address', type: 'varchar', length: 300 })
  address!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
