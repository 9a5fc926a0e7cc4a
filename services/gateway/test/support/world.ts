// The clients, keys and services of the checked-in LGSP registry (config/registry.lgsp.yaml), as tests call them.

export const CLIENTS = {
  onestop: { id: 'VN/GOV/000.00.00.H38/ONESTOP', key: 'h38-onestop-demo-key-0001' },
  his: { id: 'VN/GOV/000.00.00.H38/HIS', key: 'h38-his-demo-key-0001' },
  social: { id: 'VN/GOV/000.00.00.H38/SOCIAL', key: 'h38-social-demo-key-0001' },
} as const;

export type ClientName = keyof typeof CLIENTS;

/** A personal ID number of the synthetic shape (Thanh Hóa, male, born 1990). */
export const CITIZEN = '038090001234';

export const SERVICES = {
  citizens: { id: 'VN/GOV/000.00.00.G01/POPULATION/citizens', method: 'GET', path: `/${CITIZEN}` },
  verifications: { id: 'VN/GOV/000.00.00.G01/POPULATION/verifications', method: 'POST', path: '' },
  cardChecks: { id: 'VN/GOV/000.00.00.G02/BHYT/card-checks', method: 'POST', path: '' },
  facilities: { id: 'VN/GOV/000.00.00.G02/BHYT/facilities', method: 'GET', path: '?provinceCode=038' },
  accounts: { id: 'VN/GOV/000.00.00.G03/SSA/accounts', method: 'GET', path: `/${CITIZEN}/resolve` },
} as const;

export type ServiceName = keyof typeof SERVICES;

/** X-Road headers of a client, with the officer and dossier personal-data services need. */
export function asClient(name: ClientName, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'x-road-client': CLIENTS[name].id,
    'x-road-api-key': CLIENTS[name].key,
    'x-road-userid': 'VNCB-038-0042',
    'x-road-issue': '000.00.38.H56-230912-0042',
    ...extra,
  };
}

export function cardCheckBody(idNumber: string = CITIZEN) {
  return { facilityCode: '38001', idNumber, fullName: 'Nguyễn Văn An', birthDate: '1990-05-01' };
}

export function pathOf(service: ServiceName): string {
  return `/r1/${SERVICES[service].id}${SERVICES[service].path}`;
}
