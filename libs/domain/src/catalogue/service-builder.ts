import type {
  AgencyCode,
  DataDomain,
  EssentialService,
  ServiceLevel,
  ServiceProgramme,
} from './catalogue.types';
import { requiredEidLevelFor } from './eid-level.rule';

export interface ServiceFacts {
  readonly agencies: readonly [AgencyCode, ...AgencyCode[]];
  readonly level: ServiceLevel;
  readonly levelIsAssumed: boolean;
  readonly days: number;
  readonly daysIsAssumed: boolean;
  readonly daysWithVerification?: number;
  readonly domains: readonly DataDomain[];
  readonly linked?: boolean;
  readonly runByProvince: boolean;
  readonly provenance: EssentialService['provenance'];
}

/** Fills the derived fields (lead agency, VNeID level) so the data files state only facts. */
export function buildService(
  programme: ServiceProgramme,
  ordinal: number,
  key: string,
  name: string,
  facts: ServiceFacts,
): EssentialService {
  const service: EssentialService = {
    key,
    programme,
    ordinal,
    name,
    agency: facts.agencies[0],
    agencies: Object.freeze([...facts.agencies]),
    level: facts.level,
    levelIsAssumed: facts.levelIsAssumed,
    processingDays: facts.days,
    processingDaysIsAssumed: facts.daysIsAssumed,
    ...(facts.daysWithVerification === undefined
      ? {}
      : { processingDaysWithVerification: facts.daysWithVerification }),
    dataDomains: Object.freeze([...facts.domains]),
    requiredEidLevel: requiredEidLevelFor(facts.domains),
    linked: facts.linked ?? false,
    runByProvince: facts.runByProvince,
    provenance: facts.provenance,
  };
  return Object.freeze(service);
}
