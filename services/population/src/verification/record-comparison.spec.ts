import type { CitizenRecord } from '../citizens/citizen-record';
import { compareRecord } from './record-comparison';

const citizen: CitizenRecord = {
  idNumber: '038190004321',
  fullName: 'Lê Thị Đào',
  birthDate: '1990-02-14',
  sex: 'female',
  ethnicity: 'Kinh',
  birthplaceProvince: '038',
  hometownProvince: '038',
  permanentResidence: {
    provinceCode: '038',
    districtCode: '380',
    communeCode: '14758',
    address: 'Phường Điện Biên',
  },
  temporaryResidence: null,
  household: null,
  parents: { fatherIdNumber: null, motherIdNumber: null },
  maritalStatus: 'single',
  status: 'alive',
  deceasedOn: null,
  idCard: null,
};

const record = {
  idNumber: citizen.idNumber,
  fullName: citizen.fullName,
  birthDate: citizen.birthDate,
  sex: 'female' as const,
};

describe('compareRecord', () => {
  it('matches a record equal up to case, spacing and Unicode normalisation', () => {
    const decomposed = 'le\u0302  thi\u0323 đa\u0300o'; // NFD, lower case, double space
    expect(compareRecord({ ...record, fullName: decomposed }, citizen)).toEqual({
      result: 'match',
      reasons: [],
    });
  });

  it('tells a name without diacritics from a different name', () => {
    expect(compareRecord({ ...record, fullName: 'Le Thi Dao' }, citizen).reasons).toEqual([
      { field: 'fullName', reason: 'differs in diacritics' },
    ]);
    expect(compareRecord({ ...record, fullName: 'Lê Thị Hoa' }, citizen).reasons).toEqual([
      { field: 'fullName', reason: 'differs' },
    ]);
  });

  it('gives one reason per differing field', () => {
    const result = compareRecord(
      { ...record, birthDate: '1990-02-15', sex: 'male', address: { districtCode: '381' } },
      citizen,
    );
    expect(result.result).toBe('mismatch');
    expect(result.reasons.map((r) => r.field)).toEqual(['birthDate', 'sex', 'address.districtCode']);
  });

  it('reports a malformed or unknown ID number, and a citizen recorded as deceased', () => {
    expect(compareRecord({ ...record, idNumber: '03819000432' }, citizen).reasons[0]).toEqual({
      field: 'idNumber',
      reason: 'malformed (length)',
    });
    expect(compareRecord(record, undefined).reasons).toEqual([
      { field: 'idNumber', reason: 'not in the register' },
    ]);
    expect(
      compareRecord(record, { ...citizen, status: 'deceased', deceasedOn: '2023-01-01' }).reasons,
    ).toEqual([{ field: 'status', reason: 'deceased in the register' }]);
  });
});
