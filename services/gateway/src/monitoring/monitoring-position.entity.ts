import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far the monitoring shipper has published each message-log chain (the last `seq` on Kafka). */
@Entity({ name: 'monitoring_positions' })
export class MonitoringPositionEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_monitoring_positions' })
  chain!: string;

  @Column({ type: 'bigint' })
  seq!: string;
}
