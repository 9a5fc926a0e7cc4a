// Deterministic synthetic provinces: households and citizens with the sector data (BHXH, social security, tax,
// VNeID) and the data-quality defects other services need. See README.md for the model.
export { generateProvince } from './generate-province';
export {
  DEFAULT_BATCH_SIZE,
  DEFAULT_REFERENCE_DATE,
  MAX_PROVINCE_SIZE,
  normaliseProvinceCode,
  resolveProvinceOptions,
  SyntheticOptionsError,
  type GenerateProvinceInput,
  type ProvinceOptions,
} from './province-options';
export type * from './records.types';
export { VIETNAM_2019_AGE_GROUPS, cellShares, MAX_AGE, type AgeGroup } from './population/age-pyramid';
export { cardExpiryDay, RENEWAL_AGES } from './cards/idcard-model';
export { DEFAULT_DEFECT_RATES, type DefectRates } from './quality/defect-injector';
export { DEFAULT_INSURANCE_STATE_SHARES, type InsuranceStateShares } from './sectors/insurance-model';
export { RateAllocator, ShareAllocator } from './quality/exact-allocator';
export { FeistelPermutation } from './identity/feistel-permutation';
export { shareProvince, type SharedProvince } from './shared-province';
