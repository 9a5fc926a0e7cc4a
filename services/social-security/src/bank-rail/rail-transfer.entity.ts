import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The simulated bank's ledger, in the bank's own schema: one row per reference it ever accepted, with its answer
 * and, for a credit that will come back, the day the reversal appears on the statement.
 */
@Entity({ name: 'rail_transfers' })
@Index('ix_rail_transfers_batch', ['batchRef'])
@Index('ix_rail_transfers_value_date', ['valueDate'])
@Index('ix_rail_transfers_reversal', ['reversalDueOn'])
export class RailTransfer {
  @PrimaryColumn({
    name: 'reference',
    type: 'varchar',
    length: 35,
    primaryKeyConstraintName: 'pk_rail_transfers',
  })
  reference!: string;

  @Column({ name: 'batch_ref', type: 'varchar', length: 60, nullable: true })
  batchRef!: string | null;

  /** SHA-256 of the instruction's content: a resend must match it. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ name: 'amount_vnd', type: 'bigint' })
  amountVnd!: string;

  @Column({ name: 'payment_channel', type: 'varchar', length: 20 })
  paymentChannel!: string;

  @Column({ name: 'provider', type: 'varchar', length: 20 })
  provider!: string;

  @Column({ name: 'account_number', type: 'varchar', length: 34 })
  accountNumber!: string;

  @Column({ name: 'account_name', type: 'varchar', length: 140 })
  accountName!: string;

  @Column({ name: 'status', type: 'varchar', length: 10 })
  status!: 'credited' | 'rejected';

  @Column({ name: 'reason', type: 'varchar', length: 30, nullable: true })
  reason!: string | null;

  @Column({ name: 'transaction_id', type: 'varchar', length: 40, nullable: true })
  transactionId!: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'value_date', type: 'date', nullable: true })
  valueDate!: string | null;

  @Column({ name: 'reversal_due_on', type: 'date', nullable: true })
  reversalDueOn!: string | null;

  @Column({ name: 'reversal_reason', type: 'varchar', length: 30, nullable: true })
  reversalReason!: string | null;
}
