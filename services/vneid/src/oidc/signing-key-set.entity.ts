import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The provider's private signing keys (JWK) and cookie keys, created at first start and shared by every replica,
 * so tokens and sessions stay valid across restarts and behind a load balancer.
 */
@Entity({ name: 'signing_keys' })
export class SigningKeySet {
  @PrimaryColumn({ name: 'id', type: 'varchar', length: 20, primaryKeyConstraintName: 'pk_signing_keys' })
  id!: string;

  @Column({ name: 'jwks', type: 'jsonb' })
  jwks!: Record<string, unknown>[];

  @Column({ name: 'cookie_keys', type: 'jsonb' })
  cookieKeys!: string[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
