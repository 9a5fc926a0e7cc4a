import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A consumer's position in a partition, stored with the state it produced (exactly-once consumption). */
@Entity({ name: 'consumer_offsets' })
export class ConsumerOffset {
  @PrimaryColumn({
    name: 'consumer_group',
    type: 'varchar',
    length: 200,
    primaryKeyConstraintName: 'pk_consumer_offsets',
  })
  group!: string;

  @PrimaryColumn({
    name: 'topic',
    type: 'varchar',
    length: 249,
    primaryKeyConstraintName: 'pk_consumer_offsets',
  })
  topic!: string;

  @PrimaryColumn({ name: 'partition', type: 'int', primaryKeyConstraintName: 'pk_consumer_offsets' })
  partition!: number;

  /** The offset of the next record to read. */
  @Column({ name: 'next_offset', type: 'bigint' })
  nextOffset!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
