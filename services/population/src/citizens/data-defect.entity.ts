import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Ground truth of the synthetic province's data-quality defects: which sector records (BHXH, tax, …) were generated
 * differing from the register, and how. Verification results can be checked against it.
 */
@Entity({ name: 'data_defects' })
export class DataDefect {
  @PrimaryColumn({ name: 'id_number', type: 'char', length: 12, primaryKeyConstraintName: 'pk_data_defects' })
  idNumber!: string;

  @PrimaryColumn({ name: 'sector', type: 'varchar', length: 20, primaryKeyConstraintName: 'pk_data_defects' })
  sector!: string;

  @PrimaryColumn({ name: 'field', type: 'varchar', length: 30, primaryKeyConstraintName: 'pk_data_defects' })
  field!: string;

  @Column({ name: 'kind', type: 'varchar', length: 30 })
  kind!: string;
}
