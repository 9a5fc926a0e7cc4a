import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type AgeBand = '0-6' | '6-14' | 'over-14';
export type ApplicationChannel = 'online' | 'counter';
export type ApplicationStatus = 'applied' | 'issued' | 'rejected';

/** An application for a CCCD card (first issue, renewal or replacement). */
@Entity({ name: 'idcard_applications' })
@Index('ix_idcard_applications_citizen', ['idNumber'])
export class IdCardApplication {
  @PrimaryColumn({ name: 'application_id', type: 'uuid', primaryKeyConstraintName: 'pk_idcard_applications' })
  applicationId!: string;

  @Column({ name: 'id_number', type: 'char', length: 12 })
  idNumber!: string;

  @Column({ name: 'age_band', type: 'varchar', length: 8 })
  ageBand!: AgeBand;

  @Column({ name: 'channel', type: 'varchar', length: 8 })
  channel!: ApplicationChannel;

  @Column({ name: 'status', type: 'varchar', length: 10, default: 'applied' })
  status!: ApplicationStatus;

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt!: Date;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;
}
