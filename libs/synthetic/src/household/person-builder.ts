import { birthplaceProvince, outsideBirthplace } from '@d06/domain';
import { drawIdCard } from '../cards/idcard-model';
import type { GeneratorContext } from '../generator-context';
import type { HouseholdRelation } from '../population/household-plan';
import type { DataDefectRecord, GeneratedPerson, SectorIdentity, Sex } from '../records.types';
import { drawLivelihood } from '../sectors/livelihood';
import { drawSocialSecurity } from '../sectors/social-security-model';
import { drawEid, hasTaxCode } from '../sectors/tax-and-eid';
import { isoOf, yearOf } from '../util/dates';
import type { HouseholdContext } from './household-context';
import { maritalStatusOf } from './marital-status';

export interface PersonSpec {
  readonly sex: Sex;
  readonly age: number;
  readonly relation: HouseholdRelation;
  readonly spouseInHousehold: boolean;
  readonly father?: GeneratedPerson;
  readonly mother?: GeneratedPerson;
}

/** Share born in the province, by relation: children nearly all; spouses often married in from elsewhere. */
const LOCAL_BIRTH: Readonly<Record<HouseholdRelation, number>> = {
  head: 0.94,
  parent: 0.95,
  sibling: 0.94,
  spouse: 0.9,
  other: 0.9,
  child: 0.97,
  grandchild: 0.97,
};
const ADULT_ROLES = new Set<HouseholdRelation>(['head', 'spouse', 'parent', 'sibling']);

/**
 * One citizen with everything about them: birth date within the year of their age, birth province (hence the ID
 * prefix), a unique ID number, a name following the father's family name and the household's ethnicity, marital
 * status, residence, CCCD card, and the sector records (social security, BHXH, tax, VNeID) with injected defects.
 */
export function buildPerson(
  context: GeneratorContext,
  household: HouseholdContext,
  spec: PersonSpec,
): GeneratedPerson {
  const { random, referenceDay, options } = context;
  const people = random.people;
  const [from, to] = context.birthWindows[spec.age];
  const birthDay = people.int(from, to);
  const birthYear = yearOf(birthDay);
  const birthDate = isoOf(birthDay);
  const { father, mother, sex } = spec;
  const parent = father ?? mother;

  let ethnicity = parent?.ethnicity ?? household.ethnicity;
  if ((spec.relation === 'spouse' || spec.relation === 'other') && !people.chance(0.9)) {
    ethnicity = context.ethnicMix.pick(people);
  }
  const birthplace =
    household.migrant && ADULT_ROLES.has(spec.relation)
      ? outsideBirthplace(people, options.provinceCode)
      : birthplaceProvince(people, options.provinceCode, LOCAL_BIRTH[spec.relation]);
  const name = context.names.name({ sex, birthYear, ethnicity, family: parent && familyOf(parent) });
  const idNumber = context.ids.next(birthplace, sex, birthYear);
  const fullName = name.full;

  const places = random.places;
  const temporaryChance = spec.age < 18 || spec.age > 45 ? 0 : spec.age <= 22 ? 0.12 : 0.05;
  const temporary = places.chance(temporaryChance)
    ? context.residence.temporary(places, household.home.commune, referenceDay)
    : null;
  const idCard = drawIdCard(random.cards, birthDay, referenceDay);

  const sectors = random.sectors;
  const defects: DataDefectRecord[] = [];
  const identity: SectorIdentity = { idNumber, fullName, birthDate, sex };
  const livelihood = drawLivelihood(sectors, sex, spec.age);
  const benefit = drawSocialSecurity(
    sectors,
    { age: spec.age, pensioner: livelihood.pensioner, poverty: household.poverty },
    referenceDay,
  );
  const socialSecurity = benefit && {
    identity: context.defects.copy('social-security', identity, defects),
    ...benefit,
  };
  const insurance = context.insurance.draw(
    sectors,
    {
      age: spec.age,
      birthDay,
      poverty: household.poverty,
      minorityUpland: household.home.upland && ethnicity !== 'Kinh',
      livelihood,
      socialSecurity: benefit,
    },
    () => context.defects.copy('insurance', identity, defects),
  );
  const tax = hasTaxCode(sectors, spec.age, livelihood)
    ? { identity: context.defects.copy('tax', identity, defects), taxCode: context.taxCodes.next() }
    : null;

  return {
    idNumber,
    fullName,
    birthDate,
    sex,
    ethnicity,
    birthplaceProvince: birthplace,
    hometownProvince: parent?.hometownProvince ?? birthplace,
    householdId: household.householdId,
    relationToHead: spec.relation,
    fatherIdNumber: father?.idNumber ?? null,
    motherIdNumber: mother?.idNumber ?? null,
    maritalStatus: maritalStatusOf(people, sex, spec.age, spec.spouseInHousehold),
    permanent: household.home.residence,
    temporary,
    idCard,
    insurance,
    socialSecurity,
    tax,
    eid: drawEid(sectors, spec.age, idCard, () => context.phones.next()),
    defects: defects.length === 0 ? NO_DEFECTS : defects,
  };
}

const NO_DEFECTS: readonly DataDefectRecord[] = Object.freeze([]);

/** A child takes the father's family name: the first word of the full name. */
function familyOf(person: GeneratedPerson): string {
  return person.fullName.slice(0, person.fullName.indexOf(' '));
}
