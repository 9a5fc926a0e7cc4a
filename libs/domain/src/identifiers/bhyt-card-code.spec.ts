import { SeededRandom } from '../random';
import { BHYT_CHECK_RESULTS, BHYT_RULE_RESULT_CODES } from './bhyt-check-results';
import {
  generateBhytCardCode,
  randomBhytCardCode,
  randomSocialInsuranceNumber,
} from './bhyt-card-code.generator';
import { parseBhytCardCode, validateBhytCardCode } from './bhyt-card-code.parser';
import { BHYT_GROUPS, bhytGroupByCode } from './bhyt-groups';
import { BhytCardCodeError, IdentifierInputError } from './identifier.errors';

describe('BHYT card code', () => {
  it('parses the reference example TE1380123456789', () => {
    expect(parseBhytCardCode('TE1380123456789')).toEqual({
      code: 'TE1380123456789',
      group: 'TE',
      benefitLevel: 1,
      provinceCode2: '38',
      socialInsuranceNumber: '0123456789',
    });
  });

  it('reports the first broken rule with the BHXH check result code it maps to', () => {
    expect(validateBhytCardCode('TE138012345678')).toMatchObject({
      ok: false,
      rule: 'length',
      resultCode: '051',
    });
    expect(validateBhytCardCode('XX1380123456789')).toMatchObject({
      ok: false,
      rule: 'group',
      resultCode: '051',
    });
    expect(validateBhytCardCode('te1380123456789')).toMatchObject({ ok: false, rule: 'group' });
    expect(validateBhytCardCode('TE6380123456789')).toMatchObject({
      ok: false,
      rule: 'benefit-level',
      resultCode: '053',
    });
    expect(validateBhytCardCode('TE0380123456789')).toMatchObject({ ok: false, rule: 'benefit-level' });
    expect(validateBhytCardCode('TE1030123456789')).toMatchObject({
      ok: false,
      rule: 'province',
      resultCode: '052',
    });
    expect(validateBhytCardCode('TE13801234S6789')).toMatchObject({
      ok: false,
      rule: 'social-insurance-number',
      resultCode: '051',
    });
  });

  it('throws a BhytCardCodeError carrying the rule', () => {
    expect(() => parseBhytCardCode('TE1030123456789')).toThrow(BhytCardCodeError);
    expect(() => parseBhytCardCode('TE1030123456789')).toThrow(/rule: province/);
  });

  it('maps every rule onto a result code that exists in the check-result table', () => {
    const known = new Set<string>(BHYT_CHECK_RESULTS.map((r) => r.code));
    expect(Object.values(BHYT_RULE_RESULT_CODES).every((code) => known.has(code))).toBe(true);
    expect(BHYT_RULE_RESULT_CODES).toEqual({
      length: '051',
      group: '051',
      'benefit-level': '053',
      province: '052',
      'social-insurance-number': '051',
    });
  });

  it('lists the ten reference groups with Vietnamese names and English labels', () => {
    const fromReference = BHYT_GROUPS.filter((g) => g.listedInReference).map((g) => g.code);
    expect(fromReference).toEqual(['TE', 'HT', 'DN', 'HC', 'HS', 'HN', 'CN', 'BT', 'CC', 'GD']);
    expect(new Set(BHYT_GROUPS.map((g) => g.code)).size).toBe(BHYT_GROUPS.length);
    expect(bhytGroupByCode('TE')).toMatchObject({ name: 'Trẻ em dưới 6 tuổi', label: 'child under 6' });
    expect(bhytGroupByCode('ZZ')).toBeUndefined();
  });

  it('generates a code from its parts and refuses bad parts by field', () => {
    const spec = {
      group: 'HT',
      benefitLevel: 3,
      provinceCode2: '79',
      socialInsuranceNumber: '7912345678',
    } as const;
    expect(generateBhytCardCode(spec)).toBe('HT3797912345678');
    const fieldOf = (patch: object): string | undefined => {
      try {
        generateBhytCardCode({ ...spec, ...patch });
      } catch (error) {
        if (error instanceof IdentifierInputError) return error.field;
        throw error;
      }
      return undefined;
    };
    expect(fieldOf({ group: 'ZZ' })).toBe('group');
    expect(fieldOf({ benefitLevel: 6 })).toBe('benefitLevel');
    expect(fieldOf({ provinceCode2: '03' })).toBe('provinceCode2');
    expect(fieldOf({ socialInsuranceNumber: '123' })).toBe('socialInsuranceNumber');
  });

  it('draws well-formed random cards, keeping the parts it is given', () => {
    const random = new SeededRandom(42);
    for (let i = 0; i < 200; i += 1) {
      const card = randomBhytCardCode(random, { group: 'TE', provinceCode2: '38' });
      expect(card.code).toMatch(/^TE[1-5]38[0-9]{10}$/);
    }
    expect(randomSocialInsuranceNumber(new SeededRandom(1))).toBe(
      randomSocialInsuranceNumber(new SeededRandom(1)),
    );
    expect(randomSocialInsuranceNumber(new SeededRandom(1))).toMatch(/^[0-9]{10}$/);
  });
});
