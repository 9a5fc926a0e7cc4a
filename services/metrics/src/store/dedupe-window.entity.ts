import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The recent-id window of a partition, one row per counted batch (never a row per event): the ids that batch
 * carried, 16 bytes each plus a 4-byte offset from `first_offset`. Rows older than the window are deleted in the
 * transaction that moves past them, so a partition keeps about size / batch + 1 rows.
 */
@Entity({ name: 'dedupe_window' })
export class DedupeWindowBlock {
  @PrimaryColumn({
    name: 'consumer_group',
    type: 'varchar',
    length: 200,
    primaryKeyConstraintName: 'pk_dedupe_window',
  })
  group!: string;

  @PrimaryColumn({
    name: 'topic',
    type: 'varchar',
    length: 249,
    primaryKeyConstraintName: 'pk_dedupe_window',
  })
  topic!: string;

  @PrimaryColumn({ name: 'partition', type: 'int', primaryKeyConstraintName: 'pk_dedupe_window' })
  partition!: number;

  @PrimaryColumn({ name: 'first_offset', type: 'bigint', primaryKeyConstraintName: 'pk_dedupe_window' })
  firstOffset!: string;

  @Column({ name: 'last_offset', type: 'bigint' })
  lastOffset!: string;

  @Column({ name: 'entries', type: 'bytea' })
  entries!: Buffer;
}
