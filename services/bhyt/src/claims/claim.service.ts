import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { BhytError } from '../bhyt.errors';
import { FacilityDirectory } from '../facilities/facility-directory';
import { Card } from '../registry/card.entity';
import { Participant } from '../registry/participant.entity';
import { Claim } from './claim.entity';
import type { ClaimRequest } from './claim.request';

export interface ClaimReceipt {
  claimId: string;
  claimRef: string;
  facilityCode: string;
  cardCode: string;
  kind: string;
  visitDate: string;
  amountVnd: number;
  submittedAt: string;
}

/**
 * Claims are counted so the report can set lookups against claims. One per facility and claim reference: a claim
 * sent again answers the first receipt (created: false) and publishes nothing.
 */
@Injectable()
export class ClaimService {
  constructor(
    private readonly outbox: TransactionalOutbox,
    private readonly facilities: FacilityDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async submit(request: ClaimRequest): Promise<{ created: boolean; claim: ClaimReceipt }> {
    const facility = await this.facilities.find(request.facilityCode);
    if (!facility) {
      throw new BhytError('UNKNOWN_FACILITY', {
        errors: [{ field: 'facilityCode', message: 'not a registered facility' }],
      });
    }
    const now = this.clock.now();
    return this.outbox.run(async ({ manager, publish }) => {
      const row = manager.create(Claim, {
        claimId: randomUUID(),
        facilityCode: request.facilityCode,
        claimRef: request.claimRef,
        cardCode: request.cardCode,
        kind: request.kind,
        visitDate: request.visitDate,
        amountVnd: String(request.amountVnd),
        submittedAt: now,
      });
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Claim)
        .values(row)
        .orIgnore()
        .returning(['claimId'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) {
        const first = await manager.findOneByOrFail(Claim, {
          facilityCode: request.facilityCode,
          claimRef: request.claimRef,
        });
        return { created: false, claim: receiptOf(first) };
      }
      const card = await manager.findOne(Card, { where: { cardCode: request.cardCode } });
      if (!card) {
        throw new BhytError('CARD_NOT_FOUND', { errors: [{ field: 'cardCode', message: 'no such card' }] });
      }
      const holder = await manager.findOne(Participant, {
        where: { socialInsuranceNumber: card.socialInsuranceNumber },
      });
      await publish([
        {
          type: EVENT_TYPES.BHYT_CLAIM_SUBMITTED,
          time: now,
          data: {
            claimId: row.claimId,
            claimRef: request.claimRef,
            cardCode: request.cardCode,
            ...(holder?.idSynced && holder.idNumber ? { idNumber: holder.idNumber } : {}),
            facilityCode: request.facilityCode,
            provinceCode: facility.province,
            kind: request.kind,
            visitDate: request.visitDate,
            amountVnd: request.amountVnd,
            occurredAt: now.toISOString(),
          },
        },
      ]);
      return { created: true, claim: receiptOf(row) };
    });
  }
}

function receiptOf(claim: Claim): ClaimReceipt {
  return {
    claimId: claim.claimId,
    claimRef: claim.claimRef,
    facilityCode: claim.facilityCode,
    cardCode: claim.cardCode,
    kind: claim.kind,
    visitDate: claim.visitDate,
    amountVnd: Number(claim.amountVnd),
    submittedAt: new Date(claim.submittedAt).toISOString(),
  };
}
