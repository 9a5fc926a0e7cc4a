import type { DataDomain } from '@d06/domain';

/**
 * Population-record fields a form field can be pre-filled from (the part of the register the one-stop role may
 * see: identity, ethnicity, home town, residences, marital status).
 */
export type PrefillSource =
  | 'fullName'
  | 'birthDate'
  | 'sex'
  | 'ethnicity'
  | 'hometownProvince'
  | 'birthplaceProvince'
  | 'permanentResidence'
  | 'temporaryResidence'
  | 'maritalStatus';

/** Every form starts with the applicant's identity, read from the register rather than typed again. */
const APPLICANT_FIELDS: Readonly<Record<string, PrefillSource | null>> = {
  'applicant.idNumber': null, // given: it is how the register is asked
  'applicant.fullName': 'fullName',
  'applicant.birthDate': 'birthDate',
  'applicant.sex': 'sex',
  'applicant.ethnicity': 'ethnicity',
  'applicant.permanentAddress': 'permanentResidence',
  'applicant.phone': null,
};

/** What each kind of record adds to the form; a non-null value is the register field that pre-fills it. */
const DOMAIN_FIELDS: Readonly<Record<DataDomain, Readonly<Record<string, PrefillSource | null>>>> = {
  'identity-document': {
    hometown: 'hometownProvince',
    birthplace: 'birthplaceProvince',
    reason: null,
    portraitPhoto: null,
  },
  residence: {
    'residence.address': null,
    'residence.currentAddress': 'temporaryResidence',
    'residence.from': null,
    'residence.householdHeadIdNumber': null,
  },
  'civil-status': { maritalStatus: 'maritalStatus', hometown: 'hometownProvince', 'event.date': null },
  'criminal-record': { birthplace: 'birthplaceProvince', purpose: null, maritalStatus: 'maritalStatus' },
  vehicle: { 'vehicle.kind': null, 'vehicle.engineNumber': null, 'vehicle.chassisNumber': null },
  'traffic-fine': { 'fine.decisionNumber': null, 'fine.amountVnd': null },
  seal: { 'organisation.name': null, 'seal.kind': null },
  insurance: { 'insurance.socialInsuranceNumber': null, 'insurance.householdMembers': null },
  'social-allowance': { 'allowance.kind': null, 'allowance.account': null },
  tax: { 'tax.code': null, 'tax.changes': null },
  land: { 'land.certificateNumber': null, 'land.parcel': null },
  'driving-licence': { 'licence.number': null, 'licence.class': null, healthCertificate: null },
  education: { 'exam.school': null, 'exam.subjects': null },
  labour: { 'labour.lastEmployer': null, 'labour.contributionMonths': null },
  electricity: { 'electricity.siteAddress': null, 'electricity.contractNumber': null },
  business: { 'business.name': null, 'business.address': null, 'business.capitalVnd': null },
  health: { 'health.facilityCode': null, 'health.invoiceNumber': null },
  environment: { 'environment.projectName': null },
  court: { 'court.caseNumber': null, 'court.claim': null },
  meritorious: { 'martyr.graveLocation': null, 'martyr.relationship': null },
  payment: { 'payment.amountVnd': null, 'payment.reference': null },
};

export interface ServiceForm {
  /** Every field of the form, in order. */
  readonly fields: readonly string[];
  /** The fields pre-filled from the population register, with the register field each comes from. */
  readonly prefill: Readonly<Record<string, PrefillSource>>;
}

/** The form of a service: the applicant block, then what each of its data domains asks (no duplicates). */
export function formOf(domains: readonly DataDomain[]): ServiceForm {
  const entries = new Map<string, PrefillSource | null>(Object.entries(APPLICANT_FIELDS));
  for (const domain of domains) {
    for (const [field, source] of Object.entries(DOMAIN_FIELDS[domain])) {
      if (!entries.has(field)) entries.set(field, source);
    }
  }
  const prefill: Record<string, PrefillSource> = {};
  for (const [field, source] of entries) if (source) prefill[field] = source;
  return { fields: [...entries.keys()], prefill };
}
