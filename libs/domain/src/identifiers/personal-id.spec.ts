import { IdentifierInputError, PersonalIdError } from './identifier.errors';
import { generatePersonalId, randomPersonalId } from './personal-id.generator';
import { explainPersonalId, parsePersonalId, validatePersonalId } from './personal-id.parser';
import { SeededRandom } from '../random';

function ruleOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof PersonalIdError) return error.rule;
    throw error;
  }
  return undefined;
}

describe('personal ID number', () => {
  it('explains province, sex, century and birth year from the digits', () => {
    expect(explainPersonalId('038095001234')).toEqual({
      provinceCode: '038',
      provinceName: 'Thanh Hóa',
      sex: 'male',
      birthYear: 1995,
      century: 1900,
      serial: '001234',
    });
    expect(explainPersonalId('001305000001')).toMatchObject({
      sex: 'female',
      birthYear: 2005,
      century: 2000,
    });
    expect(explainPersonalId('079200999999')).toMatchObject({
      sex: 'male',
      birthYear: 2000,
      serial: '999999',
    });
    expect(explainPersonalId('040199123456')).toMatchObject({
      sex: 'female',
      birthYear: 1999,
      provinceName: 'Nghệ An',
    });
  });

  it('returns the value itself when it is valid', () => {
    expect(parsePersonalId('024187000042')).toBe('024187000042');
  });

  it('names the first rule that fails', () => {
    expect(validatePersonalId('03809500123')).toMatchObject({ ok: false, rule: 'length' });
    expect(validatePersonalId('0380950012345')).toMatchObject({ ok: false, rule: 'length' });
    expect(validatePersonalId('03809500123a')).toMatchObject({ ok: false, rule: 'digits' });
    expect(validatePersonalId('038 95001234')).toMatchObject({ ok: false, rule: 'digits' });
    expect(validatePersonalId('003095001234')).toMatchObject({ ok: false, rule: 'province' });
    expect(validatePersonalId('038495001234')).toMatchObject({ ok: false, rule: 'century' });
    expect(validatePersonalId('038995001234')).toMatchObject({ ok: false, rule: 'century' });
  });

  it('rejects a birth year after the reference year only when one is given', () => {
    expect(validatePersonalId('038224001234', { referenceYear: 2023 })).toMatchObject({
      ok: false,
      rule: 'birth-year-in-future',
    });
    expect(validatePersonalId('038223001234', { referenceYear: 2023 }).ok).toBe(true);
    expect(validatePersonalId('038224001234').ok).toBe(true);
  });

  it('throws a PersonalIdError whose message names the rule and does not echo the number', () => {
    let caught: unknown;
    try {
      parsePersonalId('003095001234');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PersonalIdError);
    expect((caught as PersonalIdError).code).toBe('invalid-personal-id');
    expect((caught as PersonalIdError).message).toMatch(/rule: province/);
    expect((caught as PersonalIdError).message).not.toContain('003095001234');
    expect(ruleOf(() => explainPersonalId('12345'))).toBe('length');
  });

  it('generates the digits for the given facts', () => {
    expect(generatePersonalId({ provinceCode: '038', sex: 'male', birthYear: 1995, serial: 1234 })).toBe(
      '038095001234',
    );
    expect(generatePersonalId({ provinceCode: '001', sex: 'female', birthYear: 2005, serial: 1 })).toBe(
      '001305000001',
    );
    expect(generatePersonalId({ provinceCode: '096', sex: 'female', birthYear: 1900, serial: 999999 })).toBe(
      '096100999999',
    );
    expect(generatePersonalId({ provinceCode: '079', sex: 'male', birthYear: 2099, serial: 0 })).toBe(
      '079299000000',
    );
  });

  it('refuses impossible generator input, naming the field', () => {
    const base = { provinceCode: '038', sex: 'male', birthYear: 1990, serial: 1 } as const;
    const fieldOf = (spec: object): string | undefined => {
      try {
        generatePersonalId({ ...base, ...spec });
      } catch (error) {
        if (error instanceof IdentifierInputError) return error.field;
        throw error;
      }
      return undefined;
    };
    expect(fieldOf({ provinceCode: '003' })).toBe('provinceCode');
    expect(fieldOf({ provinceCode: '38' })).toBe('provinceCode');
    expect(fieldOf({ sex: 'other' })).toBe('sex');
    expect(fieldOf({ birthYear: 1899 })).toBe('birthYear');
    expect(fieldOf({ birthYear: 2100 })).toBe('birthYear');
    expect(fieldOf({ birthYear: 1990.5 })).toBe('birthYear');
    expect(fieldOf({ serial: -1 })).toBe('serial');
    expect(fieldOf({ serial: 1_000_000 })).toBe('serial');
    expect(fieldOf({ serial: 2.5 })).toBe('serial');
  });

  it('draws random serials deterministically from a seed', () => {
    const spec = { provinceCode: '038', sex: 'female', birthYear: 2010 } as const;
    const first = [1, 2, 3].map(() => randomPersonalId(new SeededRandom(7), spec));
    expect(new Set(first).size).toBe(1);
    const stream = new SeededRandom(7);
    const many = Array.from({ length: 50 }, () => randomPersonalId(stream, spec));
    expect(many.every((id) => id.startsWith('038310'))).toBe(true);
    expect(new Set(many).size).toBeGreaterThan(45);
  });
});
