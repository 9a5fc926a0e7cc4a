import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BIGINT_NUMBER } from '../common/bigint-number.transformer';

export type BatchStatus = 'created' | 'running' | 'completed';

/** A province's monthly payment run: one per cycle and province, so nobody is paid twice for a month. */
@Entity({ name: 'payment_batches' })
@Index('ux_payment_batches_cycle', ['cycle', 'provinceCode'], { unique: true })
export class PaymentBatch {
  @PrimaryColumn({ name: 'batch_id', type: 'uuid', primaryKeyConstraintName: 'pk_payment_batches' })
  batchId!: string;

  /** YYYY-MM. */
  @Column({ name: 'cycle', type: 'char', length: 7 })
  cycle!: string;

  @Column({ name: 'province_code', type: 'char', length: 3 })
  provinceCode!: string;

  @Column({ name: 'status', type: 'varchar', length: 10, default: 'created' })
  status!: BatchStatus;

  @Column({ name: 'payments', type: 'integer' })
  payments!: number;

  @Column({ name: 'total_amount_vnd', type: 'bigint', transformer: BIGINT_NUMBER })
  totalAmountVnd!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
