import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TYPES, type LinkedStepRequestedV1 } from '@d06/contracts';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { LinkedStepLedger, refusalOfDomainError, type LinkedStepAnswer } from '@d06/service-kit';
import { BhytError, type BhytErrorCode } from '../bhyt.errors';
import { ChildCardService } from '../child-cards/child-card.service';
import type { TouchedParticipant } from '../registry/card-store';
import { RegistryWriter } from '../registry/registry-writer';

/** BHXH's errors that refuse the step (the child cannot get a TE card), by the reply's reasonCode. */
const REFUSALS: Partial<Record<BhytErrorCode, string>> = {
  ALREADY_INSURED: 'card-conflict',
  NOT_UNDER_SIX: 'not-under-six',
  INVALID_ID_NUMBER: 'invalid-id-number',
  INVALID_REQUEST: 'invalid-request',
};

/**
 * Linked procedure 1's third step (BHXH): the TE card of the child the population database just registered,
 * issued once per run and answered with its card code. The card service is itself idempotent per ID number, so a
 * card issued before (e.g. on the birth event) is the answer.
 */
@Injectable()
export class LinkedStepService {
  private readonly ledger: LinkedStepLedger;

  constructor(
    outbox: TransactionalOutbox,
    @Inject(CLOCK) clock: Clock,
    private readonly writer: RegistryWriter,
    private readonly childCards: ChildCardService,
  ) {
    this.ledger = new LinkedStepLedger(outbox, clock, EVENT_TYPES.BHYT_LINKED_STEP_REPLIED);
  }

  async issueChildCard(request: LinkedStepRequestedV1): Promise<LinkedStepAnswer> {
    const touched: TouchedParticipant[] = [];
    const answer = await this.ledger.answer(request, {
      refusal: (error) => refusalOfDomainError(error, REFUSALS),
      act: (tx, now) =>
        this.writer.within(tx, now, async (change) => {
          const { birth, childIdNumber } = request;
          if (!birth || !childIdNumber) {
            throw new BhytError('INVALID_REQUEST', { detail: 'the request names no child (childIdNumber)' });
          }
          const { result, touched: issued } = await this.childCards.issueIn(change, {
            idNumber: childIdNumber,
            fullName: birth.fullName,
            birthDate: birth.birthDate,
            sex: birth.sex,
            provinceCode: birth.residence.provinceCode,
            householdId: birth.residence.householdId,
            dossierCode: request.dossierCode,
          });
          touched.push(...issued);
          return { cardCode: result.card.cardCode };
        }),
    });
    if (answer.acted) await this.writer.forget(touched);
    return answer;
  }
}
