import { Inject, Injectable } from '@nestjs/common';
import {
  BHYT_CHECK_RESULTS,
  bhytGroupByCode,
  provinceByBhytCode,
  validateBhytCardCode,
  validatePersonalId,
  type BhytCheckResultCode,
} from '@d06/domain';
import { CLOCK, type Clock, type DomainErrorOptions } from '@d06/platform';
import { BhytError, type BhytErrorCode } from '../bhyt.errors';
import { FacilityDirectory } from '../facilities/facility-directory';
import type { Facility } from '../facilities/facility.entity';
import { CardStore } from '../registry/card-store';
import type { CardView } from '../registry/card-view';
import { dayOf } from '../registry/iso-dates';
import {
  decideCardCheck,
  type CardCheckDecision,
  type LookupReason,
  type PresentedCard,
} from './card-check-decision';
import { cardCheckRequest, rawLookupFacts, type CardCheckRequest } from './card-check.request';
import { LookupEventRecorder } from './lookup-event-recorder';
import { lookupPerformedEvent, type LookupFacts } from './lookup-performed.event';

export interface CardDetails {
  cardCode: string;
  socialInsuranceNumber: string;
  group: string;
  groupName: string;
  benefitLevel: number;
  provinceCode: string;
  validFrom: string;
  validTo: string;
  fullName: string;
  birthDate: string;
  sex: string;
}

export interface CardCheckAnswer {
  resultCode: BhytCheckResultCode;
  message: string;
  success: boolean;
  /** The holder's card, when valid (000, 003, 004). */
  card?: CardDetails;
  /** The replaced card presented (003, 004). */
  oldCardCode?: string;
}

const MESSAGES = new Map<string, string>(BHYT_CHECK_RESULTS.map((r) => [r.code, r.meaning]));

/**
 * The check-in lookup (the load tests' hot path): facility from process memory, the card from the cache (read
 * through from PostgreSQL), the decision table, and one lookup event per call — answered or refused — committed
 * with its group before the answer goes out.
 */
@Injectable()
export class CardCheckService {
  constructor(
    private readonly facilities: FacilityDirectory,
    private readonly cards: CardStore,
    private readonly recorder: LookupEventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async check(body: unknown): Promise<CardCheckAnswer> {
    const request = await this.parse(body);
    const facility = await this.admit(request);
    const presented: PresentedCard =
      request.idNumber !== undefined
        ? { method: 'cccd' }
        : { method: 'card-code', code: validateBhytCardCode(request.cardCode!) };
    const view = await this.find(request.idNumber, presented);
    const now = this.clock.now();
    const decision = decideCardCheck(
      { presented, fullName: request.fullName, birthDate: request.birthDate },
      view,
      dayOf(now),
    );
    await this.record(
      {
        ...factsOf(request, facility),
        // a card-code lookup names the holder only when BHXH has verified the number
        idNumber: request.idNumber ?? (view?.idSynced ? (view.idNumber ?? undefined) : undefined),
        resultCode: decision.resultCode,
        success: decision.success,
        refused: false,
        reason: decision.reason,
        cardCode: decision.card?.code,
        oldCardCode: decision.oldCardCode,
      },
      now,
    );
    return answerOf(decision, view);
  }

  /** The request, or a refusal (400) of a malformed body or CCCD number. */
  private async parse(body: unknown): Promise<CardCheckRequest> {
    const parsed = cardCheckRequest.safeParse(body);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({
        field: i.path.join('.') || 'body',
        message: i.message,
      }));
      const detail = `Invalid request body: ${[...new Set(errors.map((e) => e.field))].join(', ')}.`;
      return this.refuse(rawLookupFacts(body), '205', 'malformed-request', 'INVALID_REQUEST', {
        detail,
        errors,
      });
    }
    const request = parsed.data;
    const id = request.idNumber === undefined ? undefined : validatePersonalId(request.idNumber);
    if (id && !id.ok) {
      const facts = { ...factsOf(request), idNumber: undefined };
      const errors = [{ field: 'idNumber', message: id.message }];
      return this.refuse(facts, '205', 'malformed-id-number', 'INVALID_ID_NUMBER', {
        detail: id.message,
        errors,
      });
    }
    return request;
  }

  /** The facility, or a refusal: unknown (422), or a CCCD lookup where the chip ID card is not used (403). */
  private async admit(request: CardCheckRequest): Promise<Facility> {
    const facility = await this.facilities.find(request.facilityCode);
    if (!facility) {
      const errors = [{ field: 'facilityCode', message: 'not a registered facility' }];
      return this.refuse(factsOf(request), '401', 'unknown-facility', 'UNKNOWN_FACILITY', { errors });
    }
    if (request.idNumber !== undefined && !facility.acceptsIdCard) {
      const facts = factsOf(request, facility);
      return this.refuse(facts, '401', 'facility-not-using-id-card', 'FACILITY_NOT_USING_ID_CARD');
    }
    return facility;
  }

  private find(idNumber: string | undefined, presented: PresentedCard): Promise<CardView | null> {
    if (idNumber !== undefined) return this.cards.byIdNumber(idNumber);
    if (presented.method === 'card-code' && presented.code.ok) {
      return this.cards.bySocialInsuranceNumber(presented.code.value.socialInsuranceNumber);
    }
    return Promise.resolve(null);
  }

  /** Records the refused call's lookup event, then refuses it. */
  private async refuse(
    facts: Omit<LookupFacts, 'resultCode' | 'success' | 'refused' | 'reason'>,
    resultCode: BhytCheckResultCode,
    reason: LookupReason,
    code: BhytErrorCode,
    options?: DomainErrorOptions,
  ): Promise<never> {
    await this.record({ ...facts, resultCode, success: false, refused: true, reason }, this.clock.now());
    throw new BhytError(code, options);
  }

  private async record(facts: LookupFacts, now: Date): Promise<void> {
    try {
      await this.recorder.record(lookupPerformedEvent(facts, now));
    } catch (error) {
      throw new BhytError('LOOKUP_NOT_RECORDED', { cause: error });
    }
  }
}

/** What the request says of the lookup (and the facility, once known), for its event. */
function factsOf(request: CardCheckRequest, facility?: Facility) {
  return {
    method: request.idNumber !== undefined ? ('cccd' as const) : ('card-code' as const),
    idNumber: request.idNumber,
    presentedCardCode: request.cardCode,
    facilityCode: request.facilityCode,
    provinceCode: facility?.province,
  };
}

function answerOf(decision: CardCheckDecision, view: CardView | null): CardCheckAnswer {
  const answer: CardCheckAnswer = {
    resultCode: decision.resultCode,
    message: MESSAGES.get(decision.resultCode) ?? '',
    success: decision.success,
  };
  if (!decision.success || !decision.card || !view) return answer;
  const code = decision.card.code;
  return {
    ...answer,
    card: {
      cardCode: code,
      socialInsuranceNumber: view.socialInsuranceNumber,
      group: code.slice(0, 2),
      groupName: bhytGroupByCode(code.slice(0, 2))?.name ?? '',
      benefitLevel: Number(code[2]),
      provinceCode: provinceByBhytCode(code.slice(3, 5))?.code ?? view.province,
      validFrom: decision.card.validFrom,
      validTo: decision.card.validTo,
      fullName: view.fullName,
      birthDate: view.birthDate,
      sex: view.sex,
    },
    ...(decision.oldCardCode ? { oldCardCode: decision.oldCardCode } : {}),
  };
}
