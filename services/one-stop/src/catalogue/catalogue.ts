import { agencyByCode, ESSENTIAL_SERVICES, type EssentialService, type ServiceLevel } from '@d06/domain';
import { formOf, type PrefillSource } from './form-fields';

export type Acr = 'vneid:loa1' | 'vneid:loa2';
export type PortalState = 'connected' | 'not-connected';
export type CatalogueName = 'decision06' | 'decision422';

/**
 * Services the Thanh Hóa report (9/2023) lists as not connected to the national portal (Cổng DVC quốc gia):
 * the ministry side was not ready. Every other service is taken as connected; for the QĐ 422 services the report
 * does not list, that is an assumption (`portalIsAssumed`).
 */
const NOT_CONNECTED = new Set([
  'qd422-gpld-lltp',
  'qd422-hkd-thue',
  'qd422-htx-thue',
  'qd422-cchn-lltp',
  'qd422-dtm-bien',
  'qd422-xoano-dat',
  'qd422-nvtc-dn',
  'qd422-honnhan-kethon',
]);

export interface CatalogueEntry {
  readonly key: string;
  readonly catalogue: CatalogueName;
  readonly ordinal: number;
  readonly name: string;
  readonly agency: { readonly code: string; readonly name: string };
  readonly agencies: readonly string[];
  readonly level: ServiceLevel;
  readonly legalDays: number;
  readonly legalDaysWithVerification?: number;
  /**
   * The VNeID level an online submission needs (@d06/domain's rule): level 2 when the service creates, changes
   * or certifies an identity document, residence, civil status or a criminal record; level 1 otherwise.
   */
  readonly requiredAcr: Acr;
  readonly portal: PortalState;
  readonly portalIsAssumed: boolean;
  readonly linked: boolean;
  readonly formFields: readonly string[];
  readonly prefilledFields: readonly string[];
  /** Internal: the register field behind each pre-filled form field. */
  readonly prefill: Readonly<Record<string, PrefillSource>>;
}

function entryOf(service: EssentialService): CatalogueEntry {
  const form = formOf(service.dataDomains);
  const agency = agencyByCode(service.agency);
  return {
    key: service.key,
    catalogue: service.programme === 'decision-06' ? 'decision06' : 'decision422',
    ordinal: service.ordinal,
    name: service.name,
    agency: { code: service.agency, name: agency?.name ?? service.agency },
    agencies: service.agencies,
    level: service.level,
    legalDays: service.processingDays,
    ...(service.processingDaysWithVerification === undefined
      ? {}
      : { legalDaysWithVerification: service.processingDaysWithVerification }),
    requiredAcr: service.requiredEidLevel === 2 ? 'vneid:loa2' : 'vneid:loa1',
    portal: NOT_CONNECTED.has(service.key) ? 'not-connected' : 'connected',
    portalIsAssumed: service.provenance !== 'reference-report',
    linked: service.linked,
    formFields: form.fields,
    prefilledFields: Object.keys(form.prefill),
    prefill: form.prefill,
  };
}

/** The 25 + 28 essential services as the one-stop system offers them. */
export const CATALOGUE: readonly CatalogueEntry[] = Object.freeze(ESSENTIAL_SERVICES.map(entryOf));

const BY_KEY = new Map(CATALOGUE.map((entry) => [entry.key, entry]));

export function catalogueEntry(key: string): CatalogueEntry | undefined {
  return BY_KEY.get(key);
}

/** An entry as the API shows it (without the internal pre-fill mapping). */
export function publicEntry(entry: CatalogueEntry): Omit<CatalogueEntry, 'prefill'> {
  const { prefill: _internal, ...rest } = entry;
  return rest;
}
