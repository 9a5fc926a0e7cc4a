import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PaymentChannel } from '../common/domain-types';

export type AccountStatus = 'active' | 'inactive';
export type DeclarationChannel = 'vneid' | 'counter' | 'seed';

/** The ID → financial-address mapping (G2P Connect style): where a citizen is paid. One account per ID number. */
@Entity({ name: 'account_links' })
export class AccountLink {
  @PrimaryColumn({
    name: 'id_number',
    type: 'char',
    length: 12,
    primaryKeyConstraintName: 'pk_account_links',
  })
  idNumber!: string;

  @Column({ name: 'payment_channel', type: 'varchar', length: 20 })
  paymentChannel!: PaymentChannel;

  @Column({ name: 'provider', type: 'varchar', length: 20 })
  provider!: string;

  @Column({ name: 'account_number', type: 'varchar', length: 34 })
  accountNumber!: string;

  /** The holder's name as the bank has it (upper case, usually without diacritics). */
  @Column({ name: 'account_name', type: 'varchar', length: 140 })
  accountName!: string;

  @Column({ name: 'status', type: 'varchar', length: 10, default: 'active' })
  status!: AccountStatus;

  @Column({ name: 'declared_via', type: 'varchar', length: 10 })
  declaredVia!: DeclarationChannel;

  @Column({ name: 'linked_at', type: 'timestamptz' })
  linkedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
