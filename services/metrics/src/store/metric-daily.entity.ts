import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One counter for one day and administrative unit: the sum of what events of that day added to it. */
@Entity({ name: 'metric_daily' })
export class MetricDaily {
  /** Three-digit province code (000: national, no province). */
  @PrimaryColumn({
    name: 'province',
    type: 'varchar',
    length: 3,
    primaryKeyConstraintName: 'pk_metric_daily',
  })
  province!: string;

  /** Five-digit commune code when the events carried one, else the empty string (province level). */
  @PrimaryColumn({
    name: 'commune',
    type: 'varchar',
    length: 10,
    primaryKeyConstraintName: 'pk_metric_daily',
  })
  commune!: string;

  /** Vietnam business day of the events. */
  @PrimaryColumn({ name: 'day', type: 'date', primaryKeyConstraintName: 'pk_metric_daily' })
  day!: string;

  @PrimaryColumn({
    name: 'metric',
    type: 'varchar',
    length: 400,
    primaryKeyConstraintName: 'pk_metric_daily',
  })
  metric!: string;

  /**
   * Write shard (the source partition): concurrent partition batches never update the same row, so they never
   * wait on each other's row locks. Reads sum over shards.
   */
  @PrimaryColumn({ name: 'shard', type: 'smallint', primaryKeyConstraintName: 'pk_metric_daily' })
  shard!: number;

  @Column({ name: 'value', type: 'bigint' })
  value!: string;
}
