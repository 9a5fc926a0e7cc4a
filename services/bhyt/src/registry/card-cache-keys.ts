/** Cache keys of a participant's card view: by linked ID number (CCCD lookups) and by social-insurance number. */
export const cardCacheKeys = {
  byIdNumber: (idNumber: string): string => `id:${idNumber}`,
  bySocialInsuranceNumber: (sin: string): string => `sin:${sin}`,
};
