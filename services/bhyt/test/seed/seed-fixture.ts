import { generateProvince } from '@d06/synthetic';
import type { Client } from 'pg';
import { participantSeed, type ParticipantSeed } from '../../src/seed';

/** What the seed must load for these options, computed from the generator directly. */
export function expectedRegistry(
  provinceCode: string,
  size: number,
  seed: number,
  referenceDate = '2023-09-15',
) {
  const people = [...generateProvince({ provinceCode, size, seed, referenceDate })]
    .flat()
    .flatMap((h) => h.members);
  const seeds = people
    .map((p) => participantSeed(p, referenceDate))
    .filter((s): s is ParticipantSeed => s !== null);
  const synced = seeds.filter((s) => s.rows[0].id_synced);
  const valid = synced.filter(
    ({ rows: [c] }) => c.status === 'active' && c.valid_from <= referenceDate && referenceDate <= c.valid_to,
  );
  return {
    seeds,
    rows: {
      participants: seeds.length,
      cards: seeds.reduce((sum, s) => sum + s.rows.length, 0),
      facilities: 677,
    },
    cardsSyncedWithIdCard: synced.length,
    validCardsSyncedWithIdCard: valid.length,
  };
}

export async function tableCounts(client: Client, schema: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['participants', 'cards', 'facilities', 'outbox']) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}"."${table}"`);
    counts[table] = Number(rows[0].n);
  }
  return counts;
}

/** Cards as stored, shaped like the seed's rows, for a sample of participants. */
export async function storedCards(client: Client, schema: string, sins: readonly string[]) {
  const { rows } = await client.query(
    `SELECT p.social_insurance_number, p.id_number, p.id_synced, p.full_name, p.birth_date::text AS birth_date, p.sex,
            p.province, p.deceased_on::text AS deceased_on, c.card_code, c.valid_from::text AS valid_from,
            c.valid_to::text AS valid_to, c.status, c.reduction
       FROM "${schema}".participants p JOIN "${schema}".cards c USING (social_insurance_number)
      WHERE p.social_insurance_number = ANY($1) ORDER BY c.card_code`,
    [sins],
  );
  return rows;
}

export function sortedRows(seeds: readonly ParticipantSeed[]) {
  return seeds.flatMap((s) => s.rows).sort((a, b) => a.card_code.localeCompare(b.card_code));
}

/** Every `step`-th item: a spread-out sample. */
export function sample<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % step === 0).slice(0, count);
}
