import fc from 'fast-check';
import { parsePersonalId, PersonalIdError } from '@d06/domain';
import { VIETNAM_2019_AGE_GROUPS } from './population/age-pyramid';
import { generateProvince } from './generate-province';
import type { GenerateProvinceInput } from './province-options';
import type { GeneratedHousehold, GeneratedPerson } from './records.types';
import { ageOn, dayOf } from './util/dates';

function households(input: GenerateProvinceInput): GeneratedHousehold[] {
  return [...generateProvince(input)].flat();
}
function people(list: readonly GeneratedHousehold[]): GeneratedPerson[] {
  return list.flatMap((h) => h.members);
}

describe('generateProvince', () => {
  const reference = dayOf('2023-09-15');
  const province = households({ provinceCode: '38', size: 100_000, seed: 42 });
  const citizens = people(province);

  it('generates exactly the asked number of citizens in households of about 3.5', () => {
    expect(citizens).toHaveLength(100_000);
    expect(citizens.length / province.length).toBeGreaterThan(3.35);
    expect(citizens.length / province.length).toBeLessThan(3.7);
  });

  it('gives unique ID numbers that agree with birth year, sex and birth province', () => {
    expect(new Set(citizens.map((p) => p.idNumber)).size).toBe(citizens.length);
    const disagreeing = citizens.filter((person) => {
      const year = Number(person.birthDate.slice(0, 4));
      const centuryDigit = (Math.floor(year / 100) - 19) * 2 + (person.sex === 'female' ? 1 : 0);
      const expected = `${person.birthplaceProvince}${centuryDigit}${person.birthDate.slice(2, 4)}`;
      return person.idNumber.slice(0, 6) !== expected || !/^[0-9]{12}$/.test(person.idNumber);
    });
    expect(disagreeing).toEqual([]);
    expect(() => citizens.slice(0, 1000).forEach((p) => parsePersonalId(p.idNumber))).not.toThrow(
      PersonalIdError,
    );
  });

  it('keeps the age structure within half a point of the 2019 pyramid in every five-year group', () => {
    const total = VIETNAM_2019_AGE_GROUPS.reduce((sum, g) => sum + g.percent, 0);
    const ages = citizens.map((p) => ageOn(dayOf(p.birthDate), reference));
    for (const group of VIETNAM_2019_AGE_GROUPS) {
      const observed = ages.filter((a) => a >= group.from && a <= group.to).length / ages.length;
      expect(Math.abs(observed - group.percent / total)).toBeLessThan(0.005);
    }
    const men = citizens.filter((p) => p.sex === 'male').length;
    expect(men / (citizens.length - men)).toBeGreaterThan(0.96);
    expect(men / (citizens.length - men)).toBeLessThan(1.02);
  });

  it('links households consistently: one head, shared home, parents in the household of fitting age and sex', () => {
    const problems: string[] = [];
    for (const household of province) {
      const heads = household.members.filter((m) => m.relationToHead === 'head');
      if (heads.length !== 1 || household.members[0] !== heads[0])
        problems.push(`${household.householdId}: head`);
      if (household.headIdNumber !== heads[0]?.idNumber) problems.push(`${household.householdId}: head id`);
      const byId = new Map(household.members.map((m) => [m.idNumber, m]));
      for (const member of household.members) {
        const age = ageOn(dayOf(member.birthDate), reference);
        if (member.householdId !== household.householdId)
          problems.push(`${member.householdId}: household id`);
        if (member.permanent !== household.residence) problems.push(`${member.householdId}: residence`);
        for (const [parentId, sex, minGap] of [
          [member.fatherIdNumber, 'male', 20],
          [member.motherIdNumber, 'female', 18],
        ] as const) {
          if (parentId === null) continue;
          const parent = byId.get(parentId);
          const gap = parent ? ageOn(dayOf(parent.birthDate), reference) - age : -1;
          if (parent?.sex !== sex || gap < minGap)
            problems.push(`${household.householdId}: ${sex} parent, gap ${gap}`);
        }
        if (member.relationToHead === 'spouse' && member.maritalStatus !== 'married') problems.push('spouse');
        if (age < 18 && member.maritalStatus !== 'single') problems.push(`married at ${age}`);
      }
    }
    expect(problems).toEqual([]);
    const withParents = citizens.filter((p) => p.fatherIdNumber !== null || p.motherIdNumber !== null);
    expect(withParents.length / citizens.length).toBeGreaterThan(0.35);
  });

  it('makes children take their father’s family name', () => {
    const byId = new Map(citizens.map((p) => [p.idNumber, p]));
    const children = citizens.filter((p) => p.fatherIdNumber !== null);
    const family = (person: GeneratedPerson) => person.fullName.split(' ')[0];
    expect(children.filter((child) => family(child) !== family(byId.get(child.fatherIdNumber!)!))).toEqual(
      [],
    );
    expect(children.length).toBeGreaterThan(20_000);
  });

  it('makes exactly the configured share of each sector’s records defective', () => {
    const rates = { insurance: 0.038, tax: 0.0093, 'social-security': 0.0775 } as const;
    for (const [sector, rate] of Object.entries(rates)) {
      const records = citizens.filter((p) =>
        sector === 'insurance' ? p.insurance : sector === 'tax' ? p.tax : p.socialSecurity,
      ).length;
      const defects = citizens.flatMap((p) => p.defects).filter((d) => d.sector === sector).length;
      expect(defects).toBe(Math.round(records * rate));
    }
  });

  it('records each defect where the sector copy really differs', () => {
    const key = {
      full_name: 'fullName',
      birth_date: 'birthDate',
      id_number: 'idNumber',
      sex: 'sex',
    } as const;
    const equal = citizens.flatMap((person) =>
      person.defects.filter((defect) => {
        const record =
          defect.sector === 'insurance'
            ? person.insurance
            : defect.sector === 'tax'
              ? person.tax
              : person.socialSecurity;
        return (
          defect.idNumber !== person.idNumber ||
          record!.identity[key[defect.field]] === person[key[defect.field]]
        );
      }),
    );
    expect(equal).toEqual([]);
    const clean = citizens.filter((p) => p.insurance && p.defects.every((d) => d.sector !== 'insurance'));
    expect(clean.every((p) => p.insurance!.identity.fullName === p.fullName)).toBe(true);
  });

  it('deals insurance states in their shares, within one record', () => {
    const insured = citizens.filter((p) => p.insurance);
    const notSynced = insured.filter((p) => p.insurance!.state === 'not-synced').length;
    expect(Math.abs(notSynced - insured.length * 0.051)).toBeLessThanOrEqual(1);
    const expired = insured.filter((p) => p.insurance!.state === 'expired');
    expect(Math.abs(expired.length - insured.length * 0.025)).toBeLessThanOrEqual(1);
    expect(expired.every((p) => p.insurance!.validTo < '2023-09-15')).toBe(true);
    const under6 = insured.filter((p) => ageOn(dayOf(p.birthDate), reference) < 6);
    expect(under6.every((p) => p.insurance!.group === 'TE' || p.insurance!.group === 'CC')).toBe(true);
    expect(insured.every((p) => p.insurance!.cardCode.endsWith(p.insurance!.socialInsuranceNumber))).toBe(
      true,
    );
    expect(new Set(insured.map((p) => p.insurance!.socialInsuranceNumber)).size).toBe(insured.length);
  });

  it('gives cards from 14 only, and VNeID level 2 only to valid chip-card holders with a phone', () => {
    const underage = citizens.filter((p) => p.idCard && ageOn(dayOf(p.birthDate), reference) < 14);
    expect(underage).toEqual([]);
    const level2 = citizens.filter((p) => p.eid.eligibleLevel === 2);
    expect(level2.length / citizens.length).toBeGreaterThan(0.5);
    const wrong = level2.filter(
      (p) => !(p.idCard?.chip && p.idCard.status === 'valid') || !/^0[0-9]{9}$/.test(p.eid.phoneNumber ?? ''),
    );
    expect(wrong).toEqual([]);
  });

  it('makes most citizens born in the province and places all homes in its communes', () => {
    const local = citizens.filter((p) => p.birthplaceProvince === '038').length / citizens.length;
    expect(local).toBeGreaterThan(0.9);
    expect(local).toBeLessThan(0.97);
    expect(
      province.every((h) => h.residence.provinceCode === '038' && h.residence.districtCode >= '380'),
    ).toBe(true);
  });
});

describe('generateProvince determinism', () => {
  it('gives the same province for the same seed, whatever the batch size, and another for another seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 1, max: 1500 }),
        (seed, size) => {
          const a = households({ provinceCode: '040', size, seed, batchSize: 100 });
          const b = households({ provinceCode: '040', size, seed, batchSize: 5000 });
          expect(b).toEqual(a);
          expect(people(a)).toHaveLength(size);
          expect(new Set(people(a).map((p) => p.idNumber)).size).toBe(size);
        },
      ),
      { numRuns: 15 },
    );
    const first = people(households({ provinceCode: '24', size: 500, seed: 1 }));
    const other = people(households({ provinceCode: '24', size: 500, seed: 2 }));
    expect(other.map((p) => p.idNumber)).not.toEqual(first.map((p) => p.idNumber));
  });

  it('refuses bad options naming the field', () => {
    expect(() => generateProvince({ provinceCode: '39', size: 10, seed: 1 })).toThrow('provinceCode');
    expect(() => generateProvince({ provinceCode: '38', size: 0, seed: 1 })).toThrow('size');
    expect(() =>
      generateProvince({ provinceCode: '38', size: 10, seed: 1, referenceDate: '1999-01-01' }),
    ).toThrow('referenceDate');
    expect(() => generateProvince({ provinceCode: '38', size: 10, seed: 1, defects: { tax: 2 } })).toThrow(
      'defects.tax',
    );
  });
});
