import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One call in the message log: append-only, each entry's hash covering the previous entry's hash (a chain per
 * writer process), so a changed, removed or inserted entry breaks verification from there on. Bodies only when
 * body logging is on, with personal ID numbers masked; paths masked always.
 */
@Entity({ name: 'message_log' })
@Index('message_log_message_id', ['messageId'])
export class MessageLogEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_message_log' })
  chain!: string;

  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_message_log' })
  seq!: string;

  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  @Column({ type: 'text' })
  tier!: string;

  @Column({ type: 'text' })
  client!: string;

  @Column({ type: 'text' })
  service!: string;

  @Column({ type: 'text' })
  method!: string;

  @Column({ type: 'text' })
  path!: string;

  @Column({ name: 'user_id', type: 'text', nullable: true })
  userId!: string | null;

  @Column({ type: 'text', nullable: true })
  issue!: string | null;

  @Column({ type: 'integer' })
  status!: number;

  @Column({ name: 'fault_code', type: 'text', nullable: true })
  faultCode!: string | null;

  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  @Column({ name: 'response_hash', type: 'text' })
  responseHash!: string;

  @Column({ name: 'request_body', type: 'text', nullable: true })
  requestBody!: string | null;

  @Column({ name: 'response_body', type: 'text', nullable: true })
  responseBody!: string | null;

  @Column({ name: 'request_in_at', type: 'timestamptz' })
  requestInAt!: Date;

  @Column({ name: 'response_out_at', type: 'timestamptz' })
  responseOutAt!: Date;

  @Column({ name: 'cache_hit', type: 'boolean' })
  cacheHit!: boolean;

  @Column({ name: 'duration_ms', type: 'double precision' })
  durationMs!: number;

  @Column({ name: 'request_size', type: 'integer' })
  requestSize!: number;

  @Column({ name: 'response_size', type: 'integer' })
  responseSize!: number;

  @Column({ name: 'cost_vnd', type: 'integer' })
  costVnd!: number;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash!: string;

  @Column({ type: 'text' })
  hash!: string;
}
