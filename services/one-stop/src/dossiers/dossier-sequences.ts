import type { DataSource } from 'typeorm';
import { dossierCode, dossierDay } from './dossier-code';

/**
 * The next dossier codes of agencies' days, `counts` per agency and instant, in one statement of its own (a
 * failed submission leaves a gap, as a paper register's torn page would): each agency's day moves by its count
 * and the codes are the numbers it moved over, in the order asked.
 */
export async function nextDossierCodes(
  dataSource: DataSource,
  wanted: readonly { agencyCode: string; receivedAt: Date }[],
): Promise<string[]> {
  const keyOf = (agencyCode: string, day: string) => `${agencyCode} ${day}`;
  const days = wanted.map(({ agencyCode, receivedAt }) => ({ agencyCode, day: dossierDay(receivedAt) }));
  const counts = new Map<string, { agencyCode: string; day: string; count: number }>();
  for (const { agencyCode, day } of days) {
    const key = keyOf(agencyCode, day);
    const entry = counts.get(key) ?? { agencyCode, day, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const schema = (dataSource.options as { schema?: string }).schema ?? 'public';
  const groups = [...counts.values()];
  const values = groups.map((_, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3}::integer)`).join(', ');
  const rows = await dataSource.query<{ agency_code: string; day: string; last_value: number }[]>(
    `INSERT INTO "${schema}"."dossier_sequences" (agency_code, day, last_value) VALUES ${values} ` +
      'ON CONFLICT (agency_code, day) DO UPDATE ' +
      'SET last_value = dossier_sequences.last_value + EXCLUDED.last_value RETURNING agency_code, day, last_value',
    groups.flatMap(({ agencyCode, day, count }) => [agencyCode, day, count]),
  );
  // the first number each group hands out next
  const next = new Map(
    rows.map((row) => {
      const count = counts.get(keyOf(row.agency_code, row.day))!.count;
      return [keyOf(row.agency_code, row.day), Number(row.last_value) - count + 1];
    }),
  );
  return days.map(({ agencyCode, day }) => {
    const key = keyOf(agencyCode, day);
    const sequence = next.get(key)!;
    next.set(key, sequence + 1);
    return dossierCode(agencyCode, day, sequence);
  });
}
