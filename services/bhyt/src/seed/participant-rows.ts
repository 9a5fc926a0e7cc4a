import { generateBhytCardCode, provinceByBhytCode, type BhytGroupCode } from '@d06/domain';
import type { GeneratedPerson } from '@d06/synthetic';
import { CHILD_BENEFIT_LEVEL, HOUSEHOLD_BENEFIT_LEVEL } from '../registry/benefit-levels';
import type { CardViewRow } from '../registry/card-view';
import type { CardReduction } from '../registry/card.entity';
import { addDays, addMonths, addYears } from '../registry/iso-dates';

/** Groups whose members often came from a household (GD) card this year: a seeded share still holds it (004). */
const FORMER_HOUSEHOLD_GROUPS: ReadonlySet<string> = new Set(['HN', 'CN', 'BT', 'DT']);
/** One in this many of them. */
const FORMER_HOUSEHOLD_EVERY = 50;

export interface ParticipantSeed {
  readonly householdId: string;
  /** The participant with each of its cards, current first: the rows the card store reads back. */
  readonly rows: readonly CardViewRow[];
}

/**
 * A generated citizen's BHXH participant, as the generator's insurance record says: BHXH's copy of the identity
 * (maybe defective), linked to the ID number unless `not-synced`, the card revoked or reduced by its state. The
 * generator keeps no card history, so replaced cards are derived, deterministically: a child of 6 (who left group
 * TE) holds its expired TE card (a lookup by it answers 003), and every 50th HN, CN, BT or DT participant still
 * holds a valid GD card (004). A reduced card's reason is spread by the social-insurance number's last digit.
 */
export function participantSeed(person: GeneratedPerson, referenceDate: string): ParticipantSeed | null {
  const insurance = person.insurance;
  if (!insurance) return null;
  const { identity, socialInsuranceNumber: sin, cardCode } = insurance;
  const province = provinceByBhytCode(cardCode.slice(3, 5))!.code;
  const participant = {
    social_insurance_number: sin,
    id_number: identity.idNumber,
    id_synced: insurance.state !== 'not-synced',
    full_name: identity.fullName,
    birth_date: identity.birthDate,
    sex: identity.sex,
    province,
    deceased_on: null,
  };
  const reduction = insurance.state === 'reduced' ? reductionOf(sin) : null;
  const rows: CardViewRow[] = [
    {
      ...participant,
      card_code: cardCode,
      valid_from: insurance.validFrom,
      valid_to: insurance.validTo,
      status: insurance.state === 'revoked' ? 'revoked' : reduction ? 'reduced' : 'active',
      reduction,
    },
  ];
  const replaced = (group: BhytGroupCode, level: 1 | 4, validFrom: string, validTo: string): void => {
    const code = generateBhytCardCode({
      group,
      benefitLevel: level,
      provinceCode2: cardCode.slice(3, 5),
      socialInsuranceNumber: sin,
    });
    rows.push({
      ...participant,
      card_code: code,
      valid_from: validFrom,
      valid_to: validTo,
      status: 'replaced',
      reduction: null,
    });
  };
  // only a child born 6 or 7 calendar years before the reference date can be 6 on it: the date arithmetic, which
  // is most of this function's cost over a province, is left to them
  const yearsBefore = Number(referenceDate.slice(0, 4)) - Number(person.birthDate.slice(0, 4));
  if (insurance.group !== 'TE' && (yearsBefore === 6 || yearsBefore === 7)) {
    const sixth = addYears(person.birthDate, 6);
    if (sixth <= referenceDate && addYears(person.birthDate, 7) > referenceDate)
      replaced('TE', CHILD_BENEFIT_LEVEL, person.birthDate, addDays(sixth, -1));
  }
  if (
    insurance.state === 'valid' &&
    FORMER_HOUSEHOLD_GROUPS.has(insurance.group) &&
    Number(sin.slice(-6)) % FORMER_HOUSEHOLD_EVERY === 0
  ) {
    const validTo = addMonths(referenceDate, 3);
    replaced('GD', HOUSEHOLD_BENEFIT_LEVEL, addDays(addMonths(validTo, -12), 1), validTo);
  }
  return { householdId: person.householdId, rows };
}

function reductionOf(socialInsuranceNumber: string): CardReduction {
  const digit = Number(socialInsuranceNumber.slice(-1));
  return digit < 4 ? 'moved-out' : digit < 8 ? 'moved-within' : 'stopped';
}
