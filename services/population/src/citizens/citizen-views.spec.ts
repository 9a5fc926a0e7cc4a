import { CALLER_ROLES } from '../caller/caller-context';
import type { CitizenRecord } from './citizen-record';
import { FIELDS_BY_ROLE, viewFor } from './citizen-views';

const record = {
  idNumber: '038090001234',
  fullName: 'Nguyễn Văn An',
  birthDate: '1990-05-01',
  sex: 'male',
  status: 'alive',
  parents: { fatherIdNumber: '038060000001', motherIdNumber: null },
  idCard: { issuedOn: '2021-01-01', expiresOn: '2030-05-01', chip: true, status: 'valid' },
} as unknown as CitizenRecord;

describe('role views of a citizen', () => {
  it('gives every role the identity and the police everything', () => {
    for (const role of CALLER_ROLES)
      expect(FIELDS_BY_ROLE[role]).toEqual(
        expect.arrayContaining(['idNumber', 'fullName', 'birthDate', 'sex']),
      );
    expect(FIELDS_BY_ROLE.police).toHaveLength(15);
  });

  it('hides parents from health and the card from civil status', () => {
    expect(viewFor('health', record)).not.toHaveProperty('parents');
    expect(viewFor('civil-status', record)).toHaveProperty('parents', record.parents);
    expect(viewFor('civil-status', record)).not.toHaveProperty('idCard');
    expect(viewFor('insurance', record)).toHaveProperty('idCard', record.idCard);
  });
});
