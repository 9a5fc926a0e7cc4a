import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** active: in force (validity still decides); replaced: superseded by a newer card of the same participant. */
export type CardStatus = 'active' | 'revoked' | 'reduced' | 'replaced';
/** Why a card was reduced (báo giảm): the 120–122 result codes tell these apart. */
export type CardReduction = 'moved-out' | 'moved-within' | 'stopped' | 'deceased';

/**
 * A BHYT card. A participant has one card not `replaced` (the current one) and may have replaced ones, which a
 * lookup by their code answers with 003/004. Group, benefit level and province are read from the code.
 */
@Entity({ name: 'cards' })
@Index('ix_cards_participant', ['socialInsuranceNumber'])
export class Card {
  @PrimaryColumn({ name: 'card_code', type: 'char', length: 15, primaryKeyConstraintName: 'pk_cards' })
  cardCode!: string;

  @Column({ name: 'social_insurance_number', type: 'char', length: 10 })
  socialInsuranceNumber!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date' })
  validTo!: string;

  @Column({ name: 'status', type: 'varchar', length: 10, default: 'active' })
  status!: CardStatus;

  @Column({ name: 'reduction', type: 'varchar', length: 12, nullable: true })
  reduction!: CardReduction | null;

  @Column({ name: 'issued_at', type: 'timestamptz', default: () => 'now()' })
  issuedAt!: Date;
}
