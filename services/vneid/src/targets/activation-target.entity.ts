import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A province's target of activated e-ID accounts (the report shows activations against it). */
@Entity({ name: 'activation_targets' })
export class ActivationTarget {
  @PrimaryColumn({
    name: 'province_code',
    type: 'char',
    length: 3,
    primaryKeyConstraintName: 'pk_activation_targets',
  })
  provinceCode!: string;

  @Column({ name: 'target', type: 'integer' })
  target!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
