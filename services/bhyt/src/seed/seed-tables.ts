import type { CopyValue } from '@d06/persistence';
import type { CardViewRow } from '../registry/card-view';
import type { SeedFacility } from './synthetic-facilities';

export type SeedValue = CopyValue;
export type SeedTable = 'participants' | 'cards' | 'facilities';

/** The columns each seeded table is loaded with (the rest keep their defaults). */
export const SEED_COLUMNS: Readonly<Record<SeedTable, readonly string[]>> = {
  participants: [
    'social_insurance_number',
    'id_number',
    'id_synced',
    'full_name',
    'birth_date',
    'sex',
    'province',
    'household_id',
  ],
  cards: ['card_code', 'social_insurance_number', 'valid_from', 'valid_to', 'status', 'reduction'],
  facilities: ['facility_code', 'name', 'kind', 'province', 'district_code', 'accepts_id_card'],
};

export function participantValues(row: CardViewRow, householdId: string): SeedValue[] {
  return [
    row.social_insurance_number,
    row.id_number,
    row.id_synced,
    row.full_name,
    row.birth_date,
    row.sex,
    row.province,
    householdId,
  ];
}

export function cardValues(row: CardViewRow): SeedValue[] {
  return [
    row.card_code,
    row.social_insurance_number,
    row.valid_from,
    row.valid_to,
    row.status,
    row.reduction,
  ];
}

export function facilityValues(f: SeedFacility): SeedValue[] {
  return [f.facilityCode, f.name, f.kind, f.province, f.districtCode, f.acceptsIdCard];
}
