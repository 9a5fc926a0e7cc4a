import { SeededRandom } from '@d06/domain';
import type { DefectKind, SectorIdentity } from '../records.types';
import { applyDefect, DEFECT_FIELDS } from './defect-kinds';

const person: SectorIdentity = {
  idNumber: '038090012345',
  fullName: 'Nguyễn Văn Hùng',
  birthDate: '1990-05-07',
  sex: 'male',
};
const FIELD_KEYS = {
  full_name: 'fullName',
  birth_date: 'birthDate',
  id_number: 'idNumber',
  sex: 'sex',
} as const;

describe('defect kinds', () => {
  it.each(Object.keys(DEFECT_FIELDS) as DefectKind[])('%s changes its field and only that', (kind) => {
    const random = new SeededRandom(3);
    for (let i = 0; i < 200; i += 1) {
      const { identity, kind: applied } = applyDefect(random, person, kind);
      expect(applied).toBe(kind);
      const key = FIELD_KEYS[DEFECT_FIELDS[kind]];
      expect(identity[key]).not.toBe(person[key]);
      for (const other of Object.values(FIELD_KEYS).filter((k) => k !== key)) {
        expect(identity[other]).toBe(person[other]);
      }
    }
  });

  it('produces the shapes legacy records have', () => {
    const random = new SeededRandom(1);
    expect(applyDefect(random, person, 'no-diacritics').identity.fullName).toBe('Nguyen Van Hung');
    const date = applyDefect(random, person, 'wrong-birth-date').identity.birthDate;
    expect(['1990-07-05', '1990-01-01']).toContain(date);
    const id = applyDefect(random, person, 'wrong-id-digit').identity.idNumber;
    expect(id.slice(0, 6)).toBe('038090');
    expect([...id].filter((digit, i) => digit !== person.idNumber[i])).toHaveLength(1);
  });

  it('misspells a name without diacritics rather than leaving it equal', () => {
    const plain = { ...person, fullName: 'Lo Van Bun' };
    const result = applyDefect(new SeededRandom(2), plain, 'no-diacritics');
    expect(result.kind).toBe('misspelt');
    expect(result.identity.fullName).not.toBe('Lo Van Bun');
    expect(result.identity.fullName.startsWith('Lo Van ')).toBe(true);
  });
});
