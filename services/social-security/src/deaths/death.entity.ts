import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A death the population database recorded (citizen.deceased): the funeral allowance needs one. */
@Entity({ name: 'deaths' })
export class Death {
  @PrimaryColumn({ name: 'id_number', type: 'char', length: 12, primaryKeyConstraintName: 'pk_deaths' })
  idNumber!: string;

  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath!: string;

  @Column({ name: 'province_code', type: 'char', length: 3 })
  provinceCode!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
