import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DocumentKind = 'cccd' | 'bhyt';

/** A document integrated into the citizen's VNeID (the chip ID card; the BHYT card once its events exist). */
@Entity({ name: 'integrated_documents' })
export class IntegratedDocument {
  @PrimaryColumn({
    name: 'id_number',
    type: 'char',
    length: 12,
    primaryKeyConstraintName: 'pk_integrated_documents',
  })
  idNumber!: string;

  @PrimaryColumn({
    name: 'kind',
    type: 'varchar',
    length: 10,
    primaryKeyConstraintName: 'pk_integrated_documents',
  })
  kind!: DocumentKind;

  @Column({ name: 'document_number', type: 'varchar', length: 40 })
  documentNumber!: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ name: 'details', type: 'jsonb' })
  details!: Record<string, unknown>;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
