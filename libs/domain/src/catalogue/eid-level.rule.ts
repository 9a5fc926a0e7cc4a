import type { DataDomain, EidLevel } from './catalogue.types';

/**
 * Online submission needs a level-2 VNeID account (in-person, fingerprint: legally like showing the ID card) when
 * the service creates, changes or certifies an identity document, residence, civil status or a criminal record;
 * level 1 is enough for everything else. The first three follow the rule the design gives; criminal records are
 * added because the judicial-record certificate is only issued to level-2 accounts on VNeID.
 */
export const LEVEL_2_DATA_DOMAINS: ReadonlySet<DataDomain> = new Set<DataDomain>([
  'identity-document',
  'residence',
  'civil-status',
  'criminal-record',
]);

export function requiredEidLevelFor(domains: readonly DataDomain[]): EidLevel {
  return domains.some((domain) => LEVEL_2_DATA_DOMAINS.has(domain)) ? 2 : 1;
}
