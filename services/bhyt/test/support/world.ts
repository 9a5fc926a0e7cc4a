import { generateProvince, type DefectKind, type GeneratedPerson, type InsuranceState } from '@d06/synthetic';
import { participantSeed } from '../../src/seed';

/** The synthetic province every BHYT test seeds: Thanh Hóa, small, as of the reference report's date. */
export const WORLD = { provinceCode: '038', size: 3_000, seed: 11, referenceDate: '2023-09-15' } as const;
/** 10:00 in Vietnam on the reference date. */
export const BUSINESS_START = '2023-09-15T03:00:00Z';
/** The provincial general hospital the synthetic facilities start with. */
export const HOSPITAL = '38001';

const people: GeneratedPerson[] = [...generateProvince(WORLD)]
  .flat()
  .flatMap((household) => household.members);

function insuranceDefect(person: GeneratedPerson): DefectKind | undefined {
  return person.defects.find((defect) => defect.sector === 'insurance')?.kind;
}

/** Generated citizens the registry will hold, picked by their insurance state and defect (none by default). */
export function insured(
  state: InsuranceState,
  options: { defect?: DefectKind; where?: (person: GeneratedPerson) => boolean } = {},
): GeneratedPerson[] {
  return people.filter(
    (p) =>
      p.insurance?.state === state && insuranceDefect(p) === options.defect && (options.where?.(p) ?? true),
  );
}

export function one(state: InsuranceState, options: Parameters<typeof insured>[1] = {}): GeneratedPerson {
  const found = insured(state, options)[0];
  if (!found) throw new Error(`the test province has no ${state} participant like that`);
  return found;
}

/** A participant the seed gives a replaced card, and that card's code. */
export function withReplacedCard(group: 'TE' | 'GD'): { person: GeneratedPerson; oldCardCode: string } {
  for (const person of people) {
    if (insuranceDefect(person)) continue;
    const seed = participantSeed(person, WORLD.referenceDate);
    const old = seed?.rows.find((row) => row.status === 'replaced' && row.card_code.startsWith(group));
    if (old && seed!.rows[0].id_synced) return { person, oldCardCode: old.card_code };
  }
  throw new Error(`the test province has no participant with a replaced ${group} card`);
}

export const everyone = people;

/** A check-in lookup of a citizen by CCCD, with the identity the register holds (what the chip card says). */
export function cccdLookup(person: GeneratedPerson, facilityCode: string = HOSPITAL) {
  return { facilityCode, idNumber: person.idNumber, fullName: person.fullName, birthDate: person.birthDate };
}

export function cardLookup(person: GeneratedPerson, cardCode: string, facilityCode: string = HOSPITAL) {
  return { facilityCode, cardCode, fullName: person.fullName, birthDate: person.birthDate };
}
