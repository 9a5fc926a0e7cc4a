import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last sequence number a receiving agency gave on a day: the tail of the dossier code. */
@Entity({ name: 'dossier_sequences' })
export class DossierSequence {
  @PrimaryColumn({
    name: 'agency_code',
    type: 'varchar',
    length: 20,
    primaryKeyConstraintName: 'pk_dossier_sequences',
  })
  agencyCode!: string;

  @PrimaryColumn({ name: 'day', type: 'char', length: 6, primaryKeyConstraintName: 'pk_dossier_sequences' })
  day!: string;

  @Column({ name: 'last_value', type: 'integer' })
  lastValue!: number;
}
