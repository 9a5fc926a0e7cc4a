import type { CardReduction, CardStatus } from './card.entity';
import type { Sex } from './participant.entity';

export interface CardRecord {
  readonly code: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly status: CardStatus;
  readonly reduction: CardReduction | null;
}

/** What a lookup needs of a participant, as cached (JSON) under both its ID number and its social-insurance number. */
export interface CardView {
  readonly socialInsuranceNumber: string;
  /** BHXH's copy of the ID number (maybe wrong), linked or not. */
  readonly idNumber: string | null;
  readonly idSynced: boolean;
  readonly fullName: string;
  readonly birthDate: string;
  readonly sex: Sex;
  readonly province: string;
  readonly deceasedOn: string | null;
  /** The card not replaced. */
  readonly card: CardRecord;
  /** Cards it replaced, newest first. */
  readonly replaced: readonly CardRecord[];
}

/** A participant row joined with its cards, as the store's query returns it (dates as text). */
export interface CardViewRow {
  social_insurance_number: string;
  id_number: string | null;
  id_synced: boolean;
  full_name: string;
  birth_date: string;
  sex: Sex;
  province: string;
  deceased_on: string | null;
  card_code: string;
  valid_from: string;
  valid_to: string;
  status: CardStatus;
  reduction: CardReduction | null;
}

/** The first participant's view among the rows (ordered by participant); undefined without a current card. */
export function toCardView(rows: readonly CardViewRow[]): CardView | undefined {
  if (rows.length === 0) return undefined;
  const first = rows[0];
  const own = rows.filter((row) => row.social_insurance_number === first.social_insurance_number);
  const current = own.find((row) => row.status !== 'replaced');
  if (!current) return undefined;
  return {
    socialInsuranceNumber: first.social_insurance_number,
    idNumber: first.id_number,
    idSynced: first.id_synced,
    fullName: first.full_name,
    birthDate: first.birth_date,
    sex: first.sex,
    province: first.province,
    deceasedOn: first.deceased_on,
    card: cardRecord(current),
    replaced: own
      .filter((row) => row.status === 'replaced')
      .sort((a, b) => b.valid_to.localeCompare(a.valid_to))
      .map(cardRecord),
  };
}

function cardRecord(row: CardViewRow): CardRecord {
  return {
    code: row.card_code,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    status: row.status,
    reduction: row.reduction,
  };
}
