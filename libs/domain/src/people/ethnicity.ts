import { ETHNIC_GROUP_POPULATIONS, PROVINCE_ETHNIC_MIX } from './ethnic-groups.data';
import { WeightedTable } from './weighted-table';

export interface EthnicGroup {
  readonly name: string;
  readonly population2019: number;
  /** Share of Vietnam's population (0–1). */
  readonly nationalShare: number;
}

const TOTAL = ETHNIC_GROUP_POPULATIONS.reduce((sum, [, population]) => sum + population, 0);

/** The 54 ethnic groups, largest first. */
export const ETHNIC_GROUPS: readonly EthnicGroup[] = Object.freeze(
  ETHNIC_GROUP_POPULATIONS.map(([name, population2019]) =>
    Object.freeze({ name, population2019, nationalShare: population2019 / TOTAL }),
  ),
);

export const MAJORITY_ETHNICITY = 'Kinh';

const NAMES = new Set(ETHNIC_GROUPS.map((group) => group.name));

export function isEthnicGroup(name: string): boolean {
  return NAMES.has(name);
}

/**
 * The ethnic composition of a province as weights (percent or population): the modelled provinces' own mix,
 * otherwise the national one.
 */
export function ethnicMixOf(
  provinceCode: string,
): readonly { readonly value: string; readonly weight: number }[] {
  const mix = PROVINCE_ETHNIC_MIX[provinceCode];
  if (mix) return Object.entries(mix).map(([value, weight]) => ({ value, weight }));
  return ETHNIC_GROUPS.map((group) => ({ value: group.name, weight: group.population2019 }));
}

/** Share (0–1) of ethnic minorities (everyone but the Kinh) in the province's mix. */
export function minorityShareOf(provinceCode: string): number {
  const mix = ethnicMixOf(provinceCode);
  const total = mix.reduce((sum, item) => sum + item.weight, 0);
  return (
    mix.filter((item) => item.value !== MAJORITY_ETHNICITY).reduce((sum, item) => sum + item.weight, 0) /
    total
  );
}

/** A table picking among the province's ethnic minorities only, in their relative proportions. */
export function minorityTableOf(provinceCode: string): WeightedTable<string> {
  return new WeightedTable(ethnicMixOf(provinceCode).filter((item) => item.value !== MAJORITY_ETHNICITY));
}
