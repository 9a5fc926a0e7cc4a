import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type RailRequestOutcome = 'new' | 'resend' | 'conflict';

/** Every instruction the bank received, resends included: what proves a resend moved no money. */
@Entity({ name: 'rail_requests' })
@Index('ix_rail_requests_reference', ['reference'])
export class RailRequest {
  @PrimaryGeneratedColumn({
    name: 'request_id',
    type: 'bigint',
    primaryKeyConstraintName: 'pk_rail_requests',
  })
  requestId!: string;

  @Column({ name: 'reference', type: 'varchar', length: 35 })
  reference!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'outcome', type: 'varchar', length: 10 })
  outcome!: RailRequestOutcome;
}
