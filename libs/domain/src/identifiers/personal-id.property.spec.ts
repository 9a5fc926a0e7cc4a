import fc from 'fast-check';
import { generatePersonalId } from './personal-id.generator';
import { explainPersonalId, parsePersonalId, validatePersonalId } from './personal-id.parser';
import { PROVINCES, isProvinceCode } from './provinces';

const spec = fc.record({
  provinceCode: fc.constantFrom(...PROVINCES.map((p) => p.code)),
  sex: fc.constantFrom('male' as const, 'female' as const),
  birthYear: fc.integer({ min: 1900, max: 2099 }),
  serial: fc.integer({ min: 0, max: 999_999 }),
});

const digit = fc.constantFrom(...'0123456789'.split(''));

describe('personal ID number (properties)', () => {
  it('parses every generated number back to itself, and explain agrees with the generator input', () => {
    fc.assert(
      fc.property(spec, (input) => {
        const id = generatePersonalId(input);
        expect(id).toMatch(/^[0-9]{12}$/);
        expect(parsePersonalId(id)).toBe(id);
        const explained = explainPersonalId(id);
        expect(explained.provinceCode).toBe(input.provinceCode);
        expect(explained.sex).toBe(input.sex);
        expect(explained.birthYear).toBe(input.birthYear);
        expect(explained.century).toBe(input.birthYear < 2000 ? 1900 : 2000);
        expect(Number(explained.serial)).toBe(input.serial);
      }),
    );
  });

  it('gives different numbers for different inputs', () => {
    fc.assert(
      fc.property(spec, spec, (a, b) => {
        const same =
          a.provinceCode === b.provinceCode &&
          a.sex === b.sex &&
          a.birthYear === b.birthYear &&
          a.serial === b.serial;
        expect(generatePersonalId(a) === generatePersonalId(b)).toBe(same);
      }),
    );
  });

  it('fails `digits` for any 12-character string with a non-digit', () => {
    const nonDigit = fc.string({ minLength: 1, maxLength: 1 }).filter((c) => !/[0-9]/.test(c));
    fc.assert(
      fc.property(
        fc.array(digit, { minLength: 11, maxLength: 11 }),
        nonDigit,
        fc.nat(11),
        (digits, bad, at) => {
          const value = [...digits.slice(0, at), bad, ...digits.slice(at)].join('');
          fc.pre(value.length === 12);
          expect(validatePersonalId(value)).toMatchObject({ ok: false, rule: 'digits' });
        },
      ),
    );
  });

  it('fails `length` for any string that is not 12 characters long', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).filter((s) => s.length !== 12),
        (value) => {
          expect(validatePersonalId(value)).toMatchObject({ ok: false, rule: 'length' });
        },
      ),
    );
  });

  it('accepts a 12-digit string exactly when its prefix is a province and its century digit is 0-3', () => {
    fc.assert(
      fc.property(fc.array(digit, { minLength: 12, maxLength: 12 }), (digits) => {
        const value = digits.join('');
        const expected = isProvinceCode(value.slice(0, 3)) && Number(value[3]) <= 3;
        expect(validatePersonalId(value).ok).toBe(expected);
      }),
    );
  });

  it('fails `birth-year-in-future` exactly when the birth year is after the reference year', () => {
    fc.assert(
      fc.property(spec, fc.integer({ min: 1900, max: 2099 }), (input, referenceYear) => {
        const result = validatePersonalId(generatePersonalId(input), { referenceYear });
        expect(result.ok).toBe(input.birthYear <= referenceYear);
        if (!result.ok) expect(result.rule).toBe('birth-year-in-future');
      }),
    );
  });
});
