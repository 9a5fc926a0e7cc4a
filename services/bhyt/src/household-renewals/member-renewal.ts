import type { EntityManager } from 'typeorm';
import { BhytError } from '../bhyt.errors';
import { HOUSEHOLD_BENEFIT_LEVEL } from '../registry/benefit-levels';
import { Card } from '../registry/card.entity';
import { currentCard, enrolParticipant, issueCard } from '../registry/enrolment';
import { addDays, addMonths } from '../registry/iso-dates';
import { Participant } from '../registry/participant.entity';
import type { HouseholdMember } from './household-renewal.request';

export interface MemberPlan {
  readonly member: HouseholdMember;
  readonly participant: Participant | null;
  readonly card: Card | null;
}

export interface RenewedMember {
  readonly socialInsuranceNumber: string;
  readonly idNumber: string;
  readonly cardCode: string;
  readonly validFrom: string;
  readonly validTo: string;
  /** A card issued by this renewal (the member had none in force of the household group). */
  readonly newCard: boolean;
}

/**
 * Each member's participant and current card, in request order. A member insured under another group with a card
 * in force cannot join: a 422 naming the member's position, before anything changes.
 */
export async function planMembers(
  manager: EntityManager,
  members: readonly HouseholdMember[],
  today: string,
): Promise<MemberPlan[]> {
  const plans: MemberPlan[] = [];
  for (const [index, member] of members.entries()) {
    // A participant linked to the number first; else one merely claiming it (the same person, not yet synced).
    const participant = await manager.findOne(Participant, {
      where: { idNumber: member.idNumber },
      order: { idSynced: 'DESC', socialInsuranceNumber: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const card = participant ? await currentCard(manager, participant.socialInsuranceNumber) : null;
    if (card && !card.cardCode.startsWith('GD') && card.status === 'active' && card.validTo >= today) {
      throw new BhytError('MEMBER_INSURED_ELSEWHERE', {
        detail: `member ${index + 1} holds a ${card.cardCode.slice(0, 2)} card valid until ${card.validTo}`,
        errors: [{ field: `members[${index}]`, message: 'insured under another group' }],
      });
    }
    plans.push({ member, participant, card });
  }
  return plans;
}

/**
 * Renews one member for `months`: a GD card in force runs on from its last day, a lapsed one from today; a member
 * without a GD card gets one from today (enrolled first when BHXH does not know them).
 */
export async function renewMember(
  manager: EntityManager,
  plan: MemberPlan,
  context: { months: number; today: string; province: string; householdRef: string; now: Date },
): Promise<RenewedMember> {
  const { months, today, province, householdRef, now } = context;
  const { member, card } = plan;
  const socialInsuranceNumber =
    plan.participant?.socialInsuranceNumber ??
    (await enrolParticipant(
      manager,
      { ...member, idSynced: true, province, householdId: householdRef },
      now,
    ));
  if (card && card.cardCode.startsWith('GD')) {
    const continues = card.status === 'active' && card.validTo >= today;
    const validFrom = continues ? card.validFrom : today;
    const validTo = addDays(addMonths(continues ? addDays(card.validTo, 1) : today, months), -1);
    await manager.update(
      Card,
      { cardCode: card.cardCode },
      { validFrom, validTo, status: 'active', reduction: null },
    );
    return {
      socialInsuranceNumber,
      idNumber: member.idNumber,
      cardCode: card.cardCode,
      validFrom,
      validTo,
      newCard: false,
    };
  }
  const validTo = addDays(addMonths(today, months), -1);
  const cardCode = await issueCard(
    manager,
    {
      socialInsuranceNumber,
      group: 'GD',
      benefitLevel: HOUSEHOLD_BENEFIT_LEVEL,
      province,
      validFrom: today,
      validTo,
    },
    now,
  );
  return {
    socialInsuranceNumber,
    idNumber: member.idNumber,
    cardCode,
    validFrom: today,
    validTo,
    newCard: true,
  };
}
