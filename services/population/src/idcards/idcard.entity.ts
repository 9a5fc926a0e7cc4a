import { Column, Entity, PrimaryColumn } from 'typeorm';

export type IdCardStatus = 'valid' | 'expired' | 'revoked';

/** The citizen's current CCCD card; its number is the personal ID number. */
@Entity({ name: 'idcards' })
export class IdCard {
  @PrimaryColumn({ name: 'id_number', type: 'char', length: 12, primaryKeyConstraintName: 'pk_idcards' })
  idNumber!: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  /** Null when the card never expires (issued at 60 or later). */
  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ name: 'chip', type: 'boolean', default: true })
  chip!: boolean;

  @Column({ name: 'status', type: 'varchar', length: 10, default: 'valid' })
  status!: IdCardStatus;
}
