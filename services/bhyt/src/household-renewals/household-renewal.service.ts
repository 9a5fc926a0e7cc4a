import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { provinceByCode, validatePersonalId } from '@d06/domain';
import type { NewEvent } from '@d06/messaging';
import { BhytError } from '../bhyt.errors';
import { BHYT_CONFIG } from '../config/bhyt-config.token';
import type { BhytConfig } from '../config/bhyt.config';
import { RegistryWriter } from '../registry/registry-writer';
import { confirmationFails } from './confirmation-fault';
import { householdPremium } from './household-premium';
import { HouseholdRenewal } from './household-renewal.entity';
import type { HouseholdRenewalRequest } from './household-renewal.request';
import { planMembers, renewMember } from './member-renewal';

export interface RenewalReceipt {
  renewalId: string;
  householdRef: string;
  attempt: number;
  months: number;
  baseSalaryVnd: number;
  premiumTotalVnd: number;
  members: {
    position: number;
    premiumVnd: number;
    cardCode: string;
    validFrom: string;
    validTo: string;
    newCard: boolean;
  }[];
}

type Outcome =
  { failed: false; receipt: RenewalReceipt } | { failed: true; renewalId: string; attempt: number };

/**
 * Essential service 17: a household renews its cards, each member's premium reduced by their position. The
 * premium-confirmation step fails at BHYT_RENEWAL_CONFIRMATION_FAILURE_RATE (deterministic per household and
 * attempt): the failed attempt is recorded with its event, no card changes, and the caller gets a 503 to retry.
 */
@Injectable()
export class HouseholdRenewalService {
  constructor(
    private readonly writer: RegistryWriter,
    @Inject(BHYT_CONFIG) private readonly config: BhytConfig,
  ) {}

  async renew(request: HouseholdRenewalRequest): Promise<RenewalReceipt> {
    checkRequest(request);
    const outcome = await this.writer.change<Outcome>(async ({ manager, publish, now, today, lock }) => {
      await lock(`household:${request.householdRef}`);
      // and each member (in one order, so two renewals never wait on each other): a newcomer is enrolled once
      for (const id of request.members.map((m) => m.idNumber).sort()) await lock(`person:${id}`);
      const plans = await planMembers(manager, request.members, today);
      const premium = householdPremium(plans.length, request.months, today);
      const last = await manager.maximum(HouseholdRenewal, 'attempt', { householdRef: request.householdRef });
      const attempt = (last ?? 0) + 1;
      const renewalId = randomUUID();
      const common = {
        householdRef: request.householdRef,
        renewalId,
        attempt,
        provinceCode: request.provinceCode,
        members: plans.length,
        premiumTotalVnd: premium.totalVnd,
        ...(request.dossierCode ? { dossierCode: request.dossierCode } : {}),
        occurredAt: now.toISOString(),
      };
      const record = (status: 'renewed' | 'failed') =>
        manager.insert(HouseholdRenewal, {
          renewalId,
          householdRef: request.householdRef,
          attempt,
          province: request.provinceCode,
          members: plans.length,
          months: request.months,
          premiumTotalVnd: String(premium.totalVnd),
          status,
          createdAt: now,
        });

      const { BHYT_FAULT_SEED: seed, BHYT_RENEWAL_CONFIRMATION_FAILURE_RATE: rate } = this.config;
      if (confirmationFails(seed, request.householdRef, attempt, rate)) {
        await record('failed');
        await publish([
          {
            type: EVENT_TYPES.BHYT_HOUSEHOLD_RENEWAL_FAILED,
            time: now,
            data: { ...common, step: 'premium-confirmation' },
          },
        ]);
        return { result: { failed: true, renewalId, attempt }, touched: [] };
      }

      const context = {
        months: request.months,
        today,
        province: request.provinceCode,
        householdRef: request.householdRef,
        now,
      };
      const renewed = [];
      for (const plan of plans) renewed.push(await renewMember(manager, plan, context));
      await record('renewed');
      const events: NewEvent[] = renewed
        .filter((m) => m.newCard)
        .map((m) => ({
          type: EVENT_TYPES.BHYT_CARD_ISSUED,
          time: now,
          data: {
            idNumber: m.idNumber,
            socialInsuranceNumber: m.socialInsuranceNumber,
            cardCode: m.cardCode,
            group: 'GD',
            benefitLevel: Number(m.cardCode[2]),
            provinceCode: request.provinceCode,
            validFrom: m.validFrom,
            validTo: m.validTo,
            reason: 'household-renewal',
            ...(request.dossierCode ? { dossierCode: request.dossierCode } : {}),
            occurredAt: now.toISOString(),
          },
        }));
      events.push({
        type: EVENT_TYPES.BHYT_HOUSEHOLD_RENEWED,
        time: now,
        data: {
          ...common,
          newCards: renewed.filter((m) => m.newCard).length,
          months: request.months,
          baseSalaryVnd: premium.baseSalaryVnd,
        },
      });
      await publish(events);
      const receipt: RenewalReceipt = {
        renewalId,
        householdRef: request.householdRef,
        attempt,
        months: request.months,
        baseSalaryVnd: premium.baseSalaryVnd,
        premiumTotalVnd: premium.totalVnd,
        members: renewed.map((m, i) => ({
          position: i + 1,
          premiumVnd: premium.members[i],
          cardCode: m.cardCode,
          validFrom: m.validFrom,
          validTo: m.validTo,
          newCard: m.newCard,
        })),
      };
      return { result: { failed: false, receipt }, touched: renewed };
    });
    if (outcome.failed) {
      throw new BhytError('PREMIUM_CONFIRMATION_FAILED', {
        detail: `attempt ${outcome.attempt} of household ${request.householdRef} (renewal ${outcome.renewalId}) failed to confirm the premium`,
      });
    }
    return outcome.receipt;
  }
}

function checkRequest(request: HouseholdRenewalRequest): void {
  const errors = request.members.flatMap((member, i) => {
    const id = validatePersonalId(member.idNumber);
    return id.ok ? [] : [{ field: `members[${i}].idNumber`, message: id.message }];
  });
  if (errors.length > 0) {
    throw new BhytError('INVALID_ID_NUMBER', { detail: 'a member’s ID number is malformed', errors });
  }
  if (!provinceByCode(request.provinceCode)) {
    throw new BhytError('INVALID_REQUEST', {
      detail: 'unknown province',
      errors: [{ field: 'provinceCode', message: 'not a province code' }],
    });
  }
}
