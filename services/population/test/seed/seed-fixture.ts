import { generateProvince, type GeneratedHousehold, type GeneratedPerson } from '@d06/synthetic';
import type { Client } from 'pg';

/** What the generator makes for these options, to compare a seeded schema with. */
export function expectedProvince(provinceCode: string, size: number, seed: number) {
  const households: GeneratedHousehold[] = [...generateProvince({ provinceCode, size, seed })].flat();
  const people: GeneratedPerson[] = households.flatMap((h) => h.members);
  return {
    households,
    people,
    rows: {
      citizens: people.length,
      households: households.length,
      idcards: people.filter((p) => p.idCard).length,
      data_defects: people.reduce((sum, p) => sum + p.defects.length, 0),
    },
  };
}

export async function tableCounts(client: Client, schema: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['citizens', 'households', 'idcards', 'data_defects', 'outbox']) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}"."${table}"`);
    counts[table] = Number(rows[0].n);
  }
  return counts;
}

/** A citizen row as PostgreSQL returns it, shaped like the generator's record for comparison. */
export async function citizenRows(client: Client, schema: string, ids: readonly string[]) {
  const { rows } = await client.query<Record<string, string | null>>(
    `SELECT id_number, full_name, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, sex, ethnicity,
            birthplace_province, hometown_province, permanent_province, permanent_district, permanent_commune,
            permanent_address, temporary_province, to_char(temporary_until, 'YYYY-MM-DD') AS temporary_until,
            household_id, relation_to_head, father_id_number, mother_id_number, marital_status, status
       FROM "${schema}".citizens WHERE id_number = ANY($1) ORDER BY id_number`,
    [ids],
  );
  return rows;
}

export function asRow(p: GeneratedPerson): Record<string, string | null> {
  return {
    id_number: p.idNumber,
    full_name: p.fullName,
    birth_date: p.birthDate,
    sex: p.sex,
    ethnicity: p.ethnicity,
    birthplace_province: p.birthplaceProvince,
    hometown_province: p.hometownProvince,
    permanent_province: p.permanent.provinceCode,
    permanent_district: p.permanent.districtCode,
    permanent_commune: p.permanent.communeCode,
    permanent_address: p.permanent.address,
    temporary_province: p.temporary?.provinceCode ?? null,
    temporary_until: p.temporary?.until ?? null,
    household_id: p.householdId,
    relation_to_head: p.relationToHead,
    father_id_number: p.fatherIdNumber,
    mother_id_number: p.motherIdNumber,
    marital_status: p.maritalStatus,
    status: 'alive',
  };
}

/** Every `step`-th person: a spread-out sample. */
export function sample<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % step === 0).slice(0, count);
}
