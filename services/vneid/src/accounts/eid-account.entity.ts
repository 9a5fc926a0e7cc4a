import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type EidLevel = 1 | 2;
export type EidStatus = 'requested' | 'approved' | 'active' | 'locked' | 'revoked';
export type EidChannel = 'app' | 'counter';

/** One citizen's e-ID account, from the request to its revocation; keyed by the personal ID number. */
@Entity({ name: 'eid_accounts' })
@Index('ix_eid_accounts_due', ['status', 'dueAt'])
@Index('uq_eid_accounts_subject', ['subject'], { unique: true })
export class EidAccount {
  @PrimaryColumn({ name: 'id_number', type: 'char', length: 12, primaryKeyConstraintName: 'pk_eid_accounts' })
  idNumber!: string;

  /** The OpenID Connect `sub`: opaque, so relying parties without the vneid_id scope never see the ID number. */
  @Column({ name: 'subject', type: 'uuid' })
  subject!: string;

  @Column({ name: 'level', type: 'smallint' })
  level!: EidLevel;

  @Column({ name: 'status', type: 'varchar', length: 10 })
  status!: EidStatus;

  @Column({ name: 'channel', type: 'varchar', length: 8 })
  channel!: EidChannel;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'sex', type: 'varchar', length: 6 })
  sex!: 'male' | 'female';

  @Column({ name: 'phone', type: 'varchar', length: 15 })
  phone!: string;

  @Column({ name: 'province_code', type: 'char', length: 3 })
  provinceCode!: string;

  @Column({ name: 'commune_code', type: 'varchar', length: 5, nullable: true })
  communeCode!: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash!: string;

  @Column({ name: 'fingerprint_verified', type: 'boolean', default: false })
  fingerprintVerified!: boolean;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  /** When a level-1 request's approval is due on the business clock. */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Column({ name: 'upgraded_at', type: 'timestamptz', nullable: true })
  upgradedAt!: Date | null;

  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins!: number;

  /** End of a lock after failed logins (business time); the account stays active. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoke_reason', type: 'varchar', length: 20, nullable: true })
  revokeReason!: string | null;
}
