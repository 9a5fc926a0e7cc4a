import type { GeneratedHousehold, GeneratedPerson } from '@d06/synthetic';
import type { CopyValue } from '@d06/persistence';

export type SeedTable = 'citizens' | 'households' | 'idcards' | 'data_defects';

/** The seeded tables in load order, with the columns the seed fills (the rest keep their defaults). */
export const SEED_COLUMNS: Readonly<Record<SeedTable, readonly string[]>> = {
  citizens: [
    'id_number',
    'full_name',
    'birth_date',
    'sex',
    'ethnicity',
    'birthplace_province',
    'hometown_province',
    'permanent_province',
    'permanent_district',
    'permanent_commune',
    'permanent_address',
    'temporary_province',
    'temporary_district',
    'temporary_commune',
    'temporary_address',
    'temporary_until',
    'household_id',
    'relation_to_head',
    'father_id_number',
    'mother_id_number',
    'marital_status',
  ],
  households: ['household_id', 'head_id_number', 'province', 'district', 'commune', 'address'],
  idcards: ['id_number', 'issued_on', 'expires_on', 'chip', 'status'],
  data_defects: ['id_number', 'sector', 'field', 'kind'],
};

export const SEED_TABLES = Object.keys(SEED_COLUMNS) as SeedTable[];

export function citizenValues(p: GeneratedPerson): CopyValue[] {
  const t = p.temporary;
  return [
    p.idNumber,
    p.fullName,
    p.birthDate,
    p.sex,
    p.ethnicity,
    p.birthplaceProvince,
    p.hometownProvince,
    p.permanent.provinceCode,
    p.permanent.districtCode,
    p.permanent.communeCode,
    p.permanent.address,
    t?.provinceCode ?? null,
    t?.districtCode ?? null,
    t?.communeCode ?? null,
    t?.address ?? null,
    t?.until ?? null,
    p.householdId,
    p.relationToHead,
    p.fatherIdNumber,
    p.motherIdNumber,
    p.maritalStatus,
  ];
}

export function householdValues(h: GeneratedHousehold): CopyValue[] {
  const r = h.residence;
  return [h.householdId, h.headIdNumber, r.provinceCode, r.districtCode, r.communeCode, r.address];
}

/** Null when the person holds no card. */
export function idcardValues(p: GeneratedPerson): CopyValue[] | null {
  const c = p.idCard;
  return c && [p.idNumber, c.issuedOn, c.expiresOn, c.chip, c.status];
}

export function defectValues(p: GeneratedPerson): CopyValue[][] {
  return p.defects.map((d) => [d.idNumber, d.sector, d.field, d.kind]);
}

/** Rows of every seeded table for one batch of households, as value arrays. */
export function batchRows(batch: readonly GeneratedHousehold[]): Record<SeedTable, CopyValue[][]> {
  const rows: Record<SeedTable, CopyValue[][]> = {
    citizens: [],
    households: [],
    idcards: [],
    data_defects: [],
  };
  for (const household of batch) {
    rows.households.push(householdValues(household));
    for (const person of household.members) {
      rows.citizens.push(citizenValues(person));
      const card = idcardValues(person);
      if (card) rows.idcards.push(card);
      rows.data_defects.push(...defectValues(person));
    }
  }
  return rows;
}
