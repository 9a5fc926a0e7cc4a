import { Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { explainPersonalId, provinceByBhytCode, provinceByCode, validatePersonalId } from '@d06/domain';
import { BhytError } from '../bhyt.errors';
import { CHILD_BENEFIT_LEVEL } from '../registry/benefit-levels';
import { currentCard, enrolParticipant, issueCard } from '../registry/enrolment';
import { addDays, addYears } from '../registry/iso-dates';
import { Participant } from '../registry/participant.entity';
import type { TouchedParticipant } from '../registry/card-store';
import { RegistryWriter, type RegistryChange } from '../registry/registry-writer';
import type { ChildCardRequest } from './child-card.request';

export interface ChildCard {
  idNumber: string;
  socialInsuranceNumber: string;
  cardCode: string;
  group: 'TE';
  benefitLevel: number;
  provinceCode: string;
  validFrom: string;
  validTo: string;
}

/**
 * Linked procedure 1's BHYT step: a child under 6 gets a TE card valid from birth to the day before the 6th
 * birthday, linked to the personal ID number the register gave it. Idempotent per child: asking again returns the
 * card issued the first time (created: false) and publishes nothing.
 */
@Injectable()
export class ChildCardService {
  constructor(private readonly writer: RegistryWriter) {}

  issue(request: ChildCardRequest): Promise<{ created: boolean; card: ChildCard }> {
    requireValidRequest(request);
    return this.writer.change((change) => this.issueIn(change, request));
  }

  /** The card within a change of the registry (also the linked birth procedure's BHYT step). */
  async issueIn(
    { manager, publish, now, today, lock }: RegistryChange,
    request: ChildCardRequest,
  ): Promise<{ result: { created: boolean; card: ChildCard }; touched: TouchedParticipant[] }> {
    requireValidRequest(request);
    const validTo = addDays(addYears(request.birthDate, 6), -1);
    if (request.birthDate > today) {
      throw new BhytError('INVALID_REQUEST', {
        detail: 'birthDate is in the future',
        errors: [{ field: 'birthDate', message: 'after today' }],
      });
    }
    if (validTo < today) throw new BhytError('NOT_UNDER_SIX');
    await lock(`person:${request.idNumber}`);
    const existing = await manager.findOne(Participant, { where: { idNumber: request.idNumber } });
    if (existing) {
      const card = await currentCard(manager, existing.socialInsuranceNumber);
      if (!card || !card.cardCode.startsWith('TE')) throw new BhytError('ALREADY_INSURED');
      const found = childCard(request.idNumber, existing.socialInsuranceNumber, card.cardCode, card);
      return { result: { created: false, card: found }, touched: [] };
    }
    const socialInsuranceNumber = await enrolParticipant(
      manager,
      {
        idNumber: request.idNumber,
        idSynced: true, // the number comes from the register, through the linked procedure
        fullName: request.fullName,
        birthDate: request.birthDate,
        sex: request.sex,
        province: request.provinceCode,
        householdId: request.householdId,
      },
      now,
    );
    const validity = { validFrom: request.birthDate, validTo };
    const cardCode = await issueCard(
      manager,
      {
        socialInsuranceNumber,
        group: 'TE',
        benefitLevel: CHILD_BENEFIT_LEVEL,
        province: request.provinceCode,
        ...validity,
      },
      now,
    );
    const card = childCard(request.idNumber, socialInsuranceNumber, cardCode, validity);
    await publish([
      {
        type: EVENT_TYPES.BHYT_CARD_ISSUED,
        time: now,
        data: {
          ...card,
          reason: 'child-under-6',
          ...(request.dossierCode ? { dossierCode: request.dossierCode } : {}),
          occurredAt: now.toISOString(),
        },
      },
    ]);
    return {
      result: { created: true, card },
      touched: [{ socialInsuranceNumber, idNumber: request.idNumber }],
    };
  }
}

/** The request's own consistency: a well-formed ID number whose birth year is the birth date's, a real province. */
function requireValidRequest(request: ChildCardRequest): void {
  const id = validatePersonalId(request.idNumber);
  if (!id.ok) {
    throw new BhytError('INVALID_ID_NUMBER', {
      detail: id.message,
      errors: [{ field: 'idNumber', message: id.message }],
    });
  }
  if (String(explainPersonalId(request.idNumber).birthYear) !== request.birthDate.slice(0, 4)) {
    throw new BhytError('INVALID_ID_NUMBER', {
      detail: 'the ID number’s birth year disagrees with birthDate',
      errors: [{ field: 'birthDate', message: 'year disagrees with the ID number' }],
    });
  }
  const province = provinceByCode(request.provinceCode);
  if (!province) {
    throw new BhytError('INVALID_REQUEST', {
      detail: 'unknown province',
      errors: [{ field: 'provinceCode', message: 'not a province code' }],
    });
  }
}

function childCard(
  idNumber: string,
  socialInsuranceNumber: string,
  cardCode: string,
  validity: { validFrom: string; validTo: string },
): ChildCard {
  return {
    idNumber,
    socialInsuranceNumber,
    cardCode,
    group: 'TE',
    benefitLevel: Number(cardCode[2]),
    provinceCode: provinceByBhytCode(cardCode.slice(3, 5))!.code,
    validFrom: validity.validFrom,
    validTo: validity.validTo,
  };
}
