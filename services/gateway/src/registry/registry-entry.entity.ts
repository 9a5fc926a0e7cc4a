import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A registry change made at run time through the admin API (a member, subsystem, service, access right or a
 * service's faults), kept so every replica and every restart sees it; it overrides the checked-in entry of the
 * same id.
 */
@Entity({ name: 'registry_entries' })
export class RegistryEntryEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_registry_entries' })
  kind!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_registry_entries' })
  id!: string;

  @Column({ type: 'jsonb' })
  document!: Record<string, unknown>;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
