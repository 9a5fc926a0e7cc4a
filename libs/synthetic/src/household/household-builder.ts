import type { GeneratorContext } from '../generator-context';
import { GENERATION_RANK, MAX_RANK, type MemberSlot } from '../population/household-plan';
import type { GeneratedHousehold, GeneratedPerson, Poverty } from '../records.types';
import { ageOn, dayOf } from '../util/dates';
import type { HouseholdContext } from './household-context';
import { buildPerson } from './person-builder';

/** Poverty rates (hộ nghèo / cận nghèo) of lowland and upland households, roughly Thanh Hóa's of 2022–2023. */
const POVERTY = { upland: [0.12, 0.1], lowland: [0.025, 0.04] } as const;
const MIGRANT_HOUSEHOLDS = 0.03;

export interface BuiltHousehold {
  readonly household: GeneratedHousehold;
  readonly context: HouseholdContext;
}

/** Turns a planned household into citizens: a home, shared facts, then each member, parents first. */
export function buildHousehold(context: GeneratorContext, slots: readonly MemberSlot[]): BuiltHousehold {
  const places = context.random.places;
  const home = context.residence.home(places);
  const [poor, nearPoor] = home.upland ? POVERTY.upland : POVERTY.lowland;
  const point = places.next();
  const poverty: Poverty = point < poor ? 'poor' : point < poor + nearPoor ? 'near-poor' : null;
  const householdContext: HouseholdContext = {
    householdId: context.nextHouseholdId(),
    home,
    poverty,
    ethnicity: context.householdEthnicity(home.upland),
    migrant: places.chance(MIGRANT_HOUSEHOLDS),
  };
  // Parents before their children (GENERATION_RANK), in plan order within a rank; no sort, no extra arrays.
  const built: GeneratedPerson[] = new Array<GeneratedPerson>(slots.length);
  const members: GeneratedPerson[] = [];
  for (let rank = 0; rank <= MAX_RANK; rank += 1) {
    for (let index = 0; index < slots.length; index += 1) {
      const slot = slots[index];
      if (GENERATION_RANK[slot.relation] !== rank) continue;
      const person = buildPerson(context, householdContext, {
        sex: slot.sex,
        age: slot.age,
        relation: slot.relation,
        spouseInHousehold: slot.spouse >= 0,
        father: slot.father >= 0 ? built[slot.father] : undefined,
        mother: slot.mother >= 0 ? built[slot.mother] : undefined,
      });
      built[index] = person;
      // The head leads the member list; everyone else follows in the order they were built.
      if (slot.relation === 'head') members.unshift(person);
      else members.push(person);
    }
  }
  const head = members[0];
  return {
    household: {
      householdId: householdContext.householdId,
      headIdNumber: head.idNumber,
      residence: home.residence,
      poverty,
      members,
    },
    context: householdContext,
  };
}

/**
 * Places the pool's last children (left when no adult was) in recent households whose mother's age fits, as her
 * and her husband's children; failing that, in the most recent household as another relative.
 */
export function adoptLeftovers(
  context: GeneratorContext,
  recent: readonly BuiltHousehold[],
  slots: readonly MemberSlot[],
): void {
  for (const slot of slots) {
    const host = findHost(context, recent, slot.age);
    const fallback = recent[recent.length - 1];
    const person = buildPerson(context, (host ?? fallback).context, {
      sex: slot.sex,
      age: slot.age,
      relation: host ? 'child' : 'other',
      spouseInHousehold: false,
      father: host?.father,
      mother: host?.mother,
    });
    (host ?? fallback).household.members.push(person);
  }
}

interface Host extends BuiltHousehold {
  readonly mother: GeneratedPerson;
  readonly father: GeneratedPerson | undefined;
}

function findHost(
  context: GeneratorContext,
  recent: readonly BuiltHousehold[],
  childAge: number,
): Host | undefined {
  for (let i = recent.length - 1; i >= 0; i -= 1) {
    const couple = recent[i].household.members.filter(
      (m) => m.relationToHead === 'head' || m.relationToHead === 'spouse',
    );
    const mother = couple.find((m) => m.sex === 'female');
    if (!mother) continue;
    const gap = ageOn(dayOf(mother.birthDate), context.referenceDay) - childAge;
    if (gap < 18 || gap > 44) continue;
    const father = couple.find((m) => m.sex === 'male');
    const fatherGap = father ? ageOn(dayOf(father.birthDate), context.referenceDay) - childAge : 0;
    return { ...recent[i], mother, father: fatherGap >= 20 && fatherGap <= 60 ? father : undefined };
  }
  return undefined;
}
