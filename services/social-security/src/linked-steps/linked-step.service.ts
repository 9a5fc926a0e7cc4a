import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EVENT_TYPES, type LinkedStepRequestedV1 } from '@d06/contracts';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import {
  LinkedStepLedger,
  LinkedStepRecord,
  refusalOfDomainError,
  type LinkedStepAnswer,
} from '@d06/service-kit';
import { DataSource } from 'typeorm';
import { Death } from '../deaths/death.entity';
import { FuneralAllowanceService } from '../funeral/funeral-allowance.service';
import { Payment } from '../payments/payment.entity';
import type { SocialSecurityErrorCode } from '../social-security.errors';

/** The service's errors that refuse the step (the law grants nothing here), by the reply's reasonCode. */
const REFUSALS: Partial<Record<SocialSecurityErrorCode, string>> = {
  NOT_ENTITLED: 'not-a-beneficiary',
  CLAIMANT_ACCOUNT_NOT_ACTIVE: 'no-account',
  FUNERAL_ALLOWANCE_ALREADY_GRANTED: 'already-granted',
  NOT_RECORDED_DECEASED: 'death-not-recorded',
  INVALID_ID_NUMBER: 'invalid-id-number',
};

/** How long a request waits for population's citizen.deceased, which travels on another topic. */
const DEATH_WAIT_MS = 10_000;
const DEATH_POLL_MS = 100;

/**
 * Linked procedure 2's last step (LĐTBXH): the funeral allowance of a deceased beneficiary, granted once per run
 * with its payment and answered with the amount and payment reference; the payment goes to the rail after the
 * commit (and again on a later answer while it has no result from the rail).
 */
@Injectable()
export class LinkedStepService {
  private readonly logger = new Logger(LinkedStepService.name);
  private readonly ledger: LinkedStepLedger;

  constructor(
    outbox: TransactionalOutbox,
    @Inject(CLOCK) clock: Clock,
    private readonly dataSource: DataSource,
    private readonly allowances: FuneralAllowanceService,
  ) {
    this.ledger = new LinkedStepLedger(outbox, clock, EVENT_TYPES.SSA_LINKED_STEP_REPLIED);
  }

  async payFuneralAllowance(
    request: LinkedStepRequestedV1,
    death: NonNullable<LinkedStepRequestedV1['death']>,
  ): Promise<LinkedStepAnswer | undefined> {
    // One-stop asks only after population recorded the death, but its citizen.deceased may still be on the way.
    if (!(await this.answered(request)) && !(await this.deathRecorded(death.idNumber))) {
      this.logger.warn(
        `funeral-allowance of dossier ${request.dossierCode}: the death is not on record yet; left to the saga's retry`,
      );
      return undefined;
    }
    const answer = await this.ledger.answer(request, {
      refusal: (error) => refusalOfDomainError(error, REFUSALS),
      act: async ({ manager }, now) => {
        const { allowance } = await this.allowances.grantIn(
          manager,
          {
            deceasedIdNumber: death.idNumber,
            // the linked form does not state the claimant's relationship to the deceased
            claimant: { ...death.claimant, relationship: 'other-relative' },
            dossierCode: request.dossierCode,
          },
          now,
        );
        return { amountVnd: allowance.amountVnd, paymentReference: allowance.paymentReference };
      },
    });
    const reference = answer.record.output.paymentReference;
    if (typeof reference === 'string') {
      await this.allowances.settle(
        await this.dataSource.getRepository(Payment).findOneByOrFail({ reference }),
      );
    }
    return answer;
  }

  private async answered(request: LinkedStepRequestedV1): Promise<boolean> {
    return this.dataSource
      .getRepository(LinkedStepRecord)
      .existsBy({ runId: request.runId, step: request.step });
  }

  private async deathRecorded(idNumber: string): Promise<boolean> {
    const deaths = this.dataSource.getRepository(Death);
    for (let waited = 0; ; waited += DEATH_POLL_MS) {
      if (await deaths.existsBy({ idNumber })) return true;
      if (waited >= DEATH_WAIT_MS) return false;
      await sleep(DEATH_POLL_MS);
    }
  }
}
