import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One counted figure (e.g. `citizens.registered` or `citizens.registered.province.038`). */
@Entity({ name: 'figures' })
export class Figure {
  @PrimaryColumn({ name: 'figure', type: 'varchar', length: 200, primaryKeyConstraintName: 'pk_figures' })
  figure!: string;

  @Column({ name: 'value', type: 'bigint' })
  value!: string;
}
