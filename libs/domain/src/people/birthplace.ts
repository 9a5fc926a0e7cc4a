import { PROVINCES } from '../identifiers';
import type { SeededRandom } from '../random';
import { WeightedTable } from './weighted-table';

/**
 * Where people living in a modelled province were born when not there: neighbouring provinces and the big
 * cities their parents worked in (weights are relative).
 */
const ORIGINS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '038': {
    '040': 20,
    '037': 15,
    '017': 8,
    '014': 5,
    '001': 15,
    '036': 6,
    '042': 6,
    '035': 4,
    '079': 10,
    '074': 6,
  },
  '040': { '042': 30, '038': 20, '001': 12, '044': 6, '079': 12, '074': 8, '048': 5 },
  '024': { '027': 25, '020': 15, '019': 12, '022': 10, '030': 10, '001': 20, '025': 4 },
};

/** Share of a province's residents born in it (birth registered there, hence their ID prefix). */
export const DEFAULT_LOCAL_BIRTH_SHARE = 0.93;

const tables = new Map<string, WeightedTable<string>>();

/** Where someone born outside `residenceProvince` was born: its neighbours and big cities, else anywhere. */
export function outsideBirthplace(random: SeededRandom, residenceProvince: string): string {
  let table = tables.get(residenceProvince);
  if (!table) {
    const origins = ORIGINS[residenceProvince];
    table = new WeightedTable(
      origins
        ? Object.entries(origins).map(([value, weight]) => ({ value, weight }))
        : PROVINCES.filter((p) => p.code !== residenceProvince).map((p) => ({
            value: p.code,
            weight: p.code === '001' || p.code === '079' ? 10 : 1,
          })),
    );
    tables.set(residenceProvince, table);
  }
  return table.pick(random);
}

/** Birth province of a resident: the province itself with `localShare`, otherwise an outside one. */
export function birthplaceProvince(
  random: SeededRandom,
  residenceProvince: string,
  localShare = DEFAULT_LOCAL_BIRTH_SHARE,
): string {
  return random.chance(localShare) ? residenceProvince : outsideBirthplace(random, residenceProvince);
}
