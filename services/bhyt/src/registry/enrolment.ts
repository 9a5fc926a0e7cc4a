import { randomInt } from 'node:crypto';
import { generateBhytCardCode, provinceByCode, type BhytBenefitLevel, type BhytGroupCode } from '@d06/domain';
import type { EntityManager } from 'typeorm';
import { Card } from './card.entity';
import { Participant, type Sex } from './participant.entity';

export interface NewParticipant {
  readonly idNumber: string;
  readonly idSynced: boolean;
  readonly fullName: string;
  readonly birthDate: string;
  readonly sex: Sex;
  /** 3-digit province code. */
  readonly province: string;
  readonly householdId?: string;
}

export interface NewCard {
  readonly socialInsuranceNumber: string;
  readonly group: BhytGroupCode;
  readonly benefitLevel: BhytBenefitLevel;
  /** 3-digit province code of the issuing province. */
  readonly province: string;
  readonly validFrom: string;
  readonly validTo: string;
}

const ATTEMPTS = 20;

/**
 * Enrols a participant under a new social-insurance number: the province's two BHYT digits and eight random ones,
 * drawn again on the rare collision with a seeded or earlier number (the primary key decides, race-free).
 */
export async function enrolParticipant(
  manager: EntityManager,
  person: NewParticipant,
  now: Date,
): Promise<string> {
  const prefix = provinceByCode(person.province)!.bhytCode;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const socialInsuranceNumber = `${prefix}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Participant)
      .values({
        socialInsuranceNumber,
        idNumber: person.idNumber,
        idSynced: person.idSynced,
        fullName: person.fullName,
        birthDate: person.birthDate,
        sex: person.sex,
        province: person.province,
        householdId: person.householdId ?? null,
        updatedAt: now,
      })
      .orIgnore()
      .returning(['socialInsuranceNumber'])
      .execute();
    if ((inserted.raw as unknown[]).length > 0) return socialInsuranceNumber;
  }
  throw new Error(`no free social-insurance number found in ${ATTEMPTS} draws`);
}

/**
 * Issues a card: the participant's current card (if any) becomes `replaced`, so a lookup by its code answers
 * 003/004. A code the participant held before (same group, level and province) is issued again in place.
 */
export async function issueCard(manager: EntityManager, card: NewCard, now: Date): Promise<string> {
  const cardCode = generateBhytCardCode({
    group: card.group,
    benefitLevel: card.benefitLevel,
    provinceCode2: provinceByCode(card.province)!.bhytCode,
    socialInsuranceNumber: card.socialInsuranceNumber,
  });
  await manager
    .createQueryBuilder()
    .update(Card)
    .set({ status: 'replaced' })
    .where('social_insurance_number = :sin AND status <> :replaced AND card_code <> :code', {
      sin: card.socialInsuranceNumber,
      replaced: 'replaced',
      code: cardCode,
    })
    .execute();
  await manager.upsert(
    Card,
    {
      cardCode,
      socialInsuranceNumber: card.socialInsuranceNumber,
      validFrom: card.validFrom,
      validTo: card.validTo,
      status: 'active',
      reduction: null,
      issuedAt: now,
    },
    ['cardCode'],
  );
  return cardCode;
}

/** A participant's current card (not replaced), if any. */
export function currentCard(manager: EntityManager, socialInsuranceNumber: string): Promise<Card | null> {
  return manager
    .getRepository(Card)
    .createQueryBuilder('c')
    .where('c.social_insurance_number = :sin AND c.status <> :replaced', {
      sin: socialInsuranceNumber,
      replaced: 'replaced',
    })
    .getOne();
}
