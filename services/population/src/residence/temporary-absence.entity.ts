import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A declared temporary absence (tạm vắng) from the permanent residence. */
@Entity({ name: 'temporary_absences' })
@Index('ix_temporary_absences_citizen', ['idNumber'])
export class TemporaryAbsence {
  @PrimaryColumn({ name: 'absence_id', type: 'uuid', primaryKeyConstraintName: 'pk_temporary_absences' })
  absenceId!: string;

  @Column({ name: 'id_number', type: 'char', length: 12 })
  idNumber!: string;

  @Column({ name: 'from_date', type: 'date' })
  fromDate!: string;

  @Column({ name: 'until_date', type: 'date' })
  untilDate!: string;

  @Column({ name: 'destination', type: 'varchar', length: 300 })
  destination!: string;

  @Column({ name: 'declared_at', type: 'timestamptz' })
  declaredAt!: Date;
}
