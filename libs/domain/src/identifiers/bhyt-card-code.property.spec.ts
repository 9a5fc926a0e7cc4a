import fc from 'fast-check';
import { generateBhytCardCode } from './bhyt-card-code.generator';
import { parseBhytCardCode, validateBhytCardCode, type BhytBenefitLevel } from './bhyt-card-code.parser';
import { BHYT_GROUPS } from './bhyt-groups';
import { PROVINCES } from './provinces';

const digits = (length: number) =>
  fc
    .array(fc.constantFrom(...'0123456789'.split('')), { minLength: length, maxLength: length })
    .map((d) => d.join(''));

const spec = fc.record({
  group: fc.constantFrom(...BHYT_GROUPS.map((g) => g.code)),
  benefitLevel: fc.integer({ min: 1, max: 5 }).map((n) => n as BhytBenefitLevel),
  provinceCode2: fc.constantFrom(...PROVINCES.map((p) => p.bhytCode)),
  socialInsuranceNumber: digits(10),
});

describe('BHYT card code (properties)', () => {
  it('parses every generated code back into the parts it was built from', () => {
    fc.assert(
      fc.property(spec, (input) => {
        const code = generateBhytCardCode(input);
        expect(code).toHaveLength(15);
        expect(parseBhytCardCode(code)).toEqual({ code, ...input });
      }),
    );
  });

  it('fails `benefit-level` (result 053) when only character 3 is outside 1-5', () => {
    const badLevel = fc.constantFrom(...'06789AZ-'.split(''));
    fc.assert(
      fc.property(spec, badLevel, (input, level) => {
        const code = generateBhytCardCode(input);
        const broken = `${code.slice(0, 2)}${level}${code.slice(3)}`;
        expect(validateBhytCardCode(broken)).toMatchObject({
          ok: false,
          rule: 'benefit-level',
          resultCode: '053',
        });
      }),
    );
  });

  it('fails `province` (result 052) when only characters 4-5 are not a province', () => {
    const known = new Set(PROVINCES.map((p) => p.bhytCode));
    fc.assert(
      fc.property(
        spec,
        digits(2).filter((d) => !known.has(d)),
        (input, province) => {
          const code = generateBhytCardCode(input);
          const broken = `${code.slice(0, 3)}${province}${code.slice(5)}`;
          expect(validateBhytCardCode(broken)).toMatchObject({
            ok: false,
            rule: 'province',
            resultCode: '052',
          });
        },
      ),
    );
  });

  it('fails `length` for any string that is not 15 characters long', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).filter((s) => s.length !== 15),
        (value) => {
          expect(validateBhytCardCode(value)).toMatchObject({ ok: false, rule: 'length' });
        },
      ),
    );
  });
});
