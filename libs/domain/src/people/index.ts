export type { PersonName, Sex } from './person.types';
export { FAMILY_NAME_FREQUENCIES, FAMILY_NAME_TILTS } from './family-names.data';
export { GIVEN_NAMES, MIDDLE_NAMES, traditionalMiddleNameShare } from './given-names.data';
export { ETHNIC_FAMILY_NAMES, ETHNIC_NAMING, type EthnicNaming } from './ethnic-names.data';
export { PROVINCE_ETHNIC_MIX } from './ethnic-groups.data';
export {
  ETHNIC_GROUPS,
  MAJORITY_ETHNICITY,
  ethnicMixOf,
  isEthnicGroup,
  minorityShareOf,
  minorityTableOf,
  type EthnicGroup,
} from './ethnicity';
export { NameGenerator, nameGenerator, type NameRequest } from './name-generator';
export { DEFAULT_LOCAL_BIRTH_SHARE, birthplaceProvince, outsideBirthplace } from './birthplace';
export { removeDiacritics } from './diacritics';
export { WeightedTable } from './weighted-table';
