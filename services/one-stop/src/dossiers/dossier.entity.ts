import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DossierStatus } from './dossier-status';

export type Channel = 'online' | 'counter';
/** How the form's pre-fill went: a population outage does not lose the dossier, it is received unfilled. */
export type PrefillStatus = 'prefilled' | 'citizen-not-found' | 'population-unavailable';

/** A dossier (hồ sơ TTHC) received online or at the counter, with its legal deadline. */
@Entity({ name: 'dossiers' })
export class Dossier {
  @PrimaryColumn({ name: 'code', type: 'varchar', length: 60, primaryKeyConstraintName: 'pk_dossiers' })
  code!: string;

  @Column({ name: 'service_key', type: 'varchar', length: 40 })
  serviceKey!: string;

  @Column({ name: 'channel', type: 'varchar', length: 10 })
  channel!: Channel;

  @Column({ name: 'status', type: 'varchar', length: 24 })
  status!: DossierStatus;

  @Column({ name: 'applicant_id_number', type: 'char', length: 12 })
  applicantIdNumber!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 20 })
  agencyCode!: string;

  @Column({ name: 'province_code', type: 'char', length: 3 })
  provinceCode!: string;

  @Column({ name: 'district_code', type: 'char', length: 3, nullable: true })
  districtCode!: string | null;

  @Column({ name: 'commune_code', type: 'char', length: 5, nullable: true })
  communeCode!: string | null;

  /** VNeID assurance level of an online submission's login. */
  @Column({ name: 'acr', type: 'varchar', length: 12, nullable: true })
  acr!: string | null;

  /** Who received it: the officer's id at the counter, `vneid:<subject>` online. */
  @Column({ name: 'received_by', type: 'varchar', length: 100 })
  receivedBy!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'legal_days', type: 'smallint' })
  legalDays!: number;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'on_time', type: 'boolean', nullable: true })
  onTime!: boolean | null;

  @Column({ name: 'digitised', type: 'boolean' })
  digitised!: boolean;

  @Column({ name: 'fee_paid_online', type: 'boolean' })
  feePaidOnline!: boolean;

  @Column({ name: 'verification_needed', type: 'boolean' })
  verificationNeeded!: boolean;

  @Column({ name: 'form', type: 'jsonb' })
  form!: Record<string, unknown>;

  @Column({ name: 'form_fields', type: 'smallint' })
  formFields!: number;

  @Column({ name: 'prefilled_fields', type: 'smallint' })
  prefilledFields!: number;

  @Column({ name: 'prefill_status', type: 'varchar', length: 30 })
  prefillStatus!: PrefillStatus;

  @Column({ name: 'linked_run_id', type: 'uuid', nullable: true })
  linkedRunId!: string | null;

  /** Why the dossier is back with an officer (a failed linked run), for the officer to act on. */
  @Column({ name: 'attention', type: 'varchar', length: 500, nullable: true })
  attention!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
