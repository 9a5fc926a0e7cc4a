import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BIGINT_NUMBER } from '../common/bigint-number.transformer';
import type { BeneficiaryGroup, PaymentChannel } from '../common/domain-types';
import type { PaymentStatus } from './payment-status';

export type PaymentPurpose = 'monthly' | 'funeral';

/**
 * One payment, keyed by its rail reference: the same reference on every resend, so the rail can recognise it.
 * The account is a snapshot taken when the payment was made up: a later change of account does not redirect it.
 */
@Entity({ name: 'payments' })
@Index('ux_payments_batch_beneficiary', ['batchId', 'idNumber'], { unique: true })
@Index('ix_payments_status', ['batchId', 'status'])
export class Payment {
  @PrimaryColumn({ name: 'reference', type: 'varchar', length: 35, primaryKeyConstraintName: 'pk_payments' })
  reference!: string;

  @Column({ name: 'purpose', type: 'varchar', length: 10 })
  purpose!: PaymentPurpose;

  @Column({ name: 'batch_id', type: 'uuid', nullable: true })
  batchId!: string | null;

  @Column({ name: 'cycle', type: 'char', length: 7, nullable: true })
  cycle!: string | null;

  /** The recipient: the beneficiary, or the claimant of a funeral allowance. */
  @Column({ name: 'id_number', type: 'char', length: 12 })
  idNumber!: string;

  @Column({ name: 'beneficiary_group', type: 'varchar', length: 20 })
  group!: BeneficiaryGroup;

  @Column({ name: 'amount_vnd', type: 'bigint', transformer: BIGINT_NUMBER })
  amountVnd!: number;

  @Column({ name: 'payment_channel', type: 'varchar', length: 20 })
  paymentChannel!: PaymentChannel;

  @Column({ name: 'provider', type: 'varchar', length: 20 })
  provider!: string;

  @Column({ name: 'account_number', type: 'varchar', length: 34 })
  accountNumber!: string;

  @Column({ name: 'account_name', type: 'varchar', length: 140 })
  accountName!: string;

  @Column({ name: 'province_code', type: 'char', length: 3 })
  provinceCode!: string;

  @Column({ name: 'commune_code', type: 'varchar', length: 5, nullable: true })
  communeCode!: string | null;

  @Column({ name: 'status', type: 'varchar', length: 10, default: 'pending' })
  status!: PaymentStatus;

  @Column({ name: 'reject_reason', type: 'varchar', length: 30, nullable: true })
  rejectReason!: string | null;

  @Column({ name: 'transaction_id', type: 'varchar', length: 40, nullable: true })
  transactionId!: string | null;

  @Column({ name: 'value_date', type: 'date', nullable: true })
  valueDate!: string | null;

  @Column({ name: 'reversed_on', type: 'date', nullable: true })
  reversedOn!: string | null;

  @Column({ name: 'reversal_reason', type: 'varchar', length: 30, nullable: true })
  reversalReason!: string | null;

  /** How many times it was handed to the rail (more than one after a crash or a concurrent resume). */
  @Column({ name: 'attempts', type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt!: Date | null;
}
