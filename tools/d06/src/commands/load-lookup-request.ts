import { generateProvince, type GeneratedPerson } from '@d06/synthetic';

// What a hospital's check-in lookup through the LGSP gateway looks like, for `d06 load lookup` and the lookup
// benchmark alike: the BHYT card-check service, called by the hospital information system's subsystem.

/** The gateway's BHYT card-check service (X-Road style id). */
export const CARD_CHECK_SERVICE = 'VN/GOV/000.00.00.G02/BHYT/card-checks';

/** The demo HIS client of the LGSP registry, with the officer and the dossier that personal data needs. */
export const LOOKUP_HEADERS: Readonly<Record<string, string>> = {
  'x-road-client': 'VN/GOV/000.00.00.H38/HIS',
  'x-road-api-key': 'h38-his-demo-key-0001',
  'x-road-userid': 'VNCB-038-0042',
  'x-road-issue': 'KCB-38001-BENCH',
};

/** A facility of the synthetic Thanh Hóa that checks patients in with the ID card. */
export const DEFAULT_FACILITY = '38001';

export interface Patient {
  readonly idNumber: string;
  readonly fullName: string;
  readonly birthDate: string;
}

export function cardCheckUrl(gatewayUrl: string): string {
  return `${gatewayUrl.replace(/\/+$/, '')}/r1/${CARD_CHECK_SERVICE}`;
}

/** The lookup body: the patient's CCCD number with the name and birth date the facility holds. */
export function cardCheckBody(patient: Patient, facilityCode = DEFAULT_FACILITY): string {
  return JSON.stringify({
    facilityCode,
    idNumber: patient.idNumber,
    fullName: patient.fullName,
    birthDate: patient.birthDate,
  });
}

/**
 * Patients whose lookup succeeds: people of the synthetic province (the one the BHYT seed of the same options
 * loads) holding a valid card with no insurance-record defect.
 */
export function insuredPatients(
  world: { provinceCode: string; size: number; seed: number; referenceDate?: string },
  limit: number,
): GeneratedPerson[] {
  const patients: GeneratedPerson[] = [];
  for (const batch of generateProvince(world)) {
    for (const person of batch.flatMap((household) => household.members)) {
      if (person.insurance?.state !== 'valid' || person.defects.some((d) => d.sector === 'insurance'))
        continue;
      patients.push(person);
      if (patients.length >= limit) return patients;
    }
  }
  return patients;
}
