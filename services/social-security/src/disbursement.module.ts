import { Module } from '@nestjs/common';
import { AccountController } from './accounts/account.controller';
import { AccountService } from './accounts/account.service';
import { BeneficiaryReviewService } from './beneficiaries/beneficiary-review.service';
import { BeneficiaryController } from './beneficiaries/beneficiary.controller';
import { BeneficiaryService } from './beneficiaries/beneficiary.service';
import { PopulationClient } from './beneficiaries/population-client';
import { CitizenEventsHandler } from './deaths/citizen-events.handler';
import { FuneralAllowanceController } from './funeral/funeral-allowance.controller';
import { FuneralAllowanceService } from './funeral/funeral-allowance.service';
import { LinkedStepService } from './linked-steps/linked-step.service';
import { LinkedStepsHandler } from './linked-steps/linked-steps.handler';
import { BatchCompletion } from './payments/batch-completion';
import { PaymentBatchController } from './payments/payment-batch.controller';
import { PaymentBatchService } from './payments/payment-batch.service';
import { PaymentDispatcher } from './payments/payment-dispatcher';
import { PaymentSender } from './payments/payment-sender';
import { ReconciliationService } from './payments/reconciliation.service';

/**
 * The service's API: beneficiaries, the ID → account mapping, payment batches, funeral allowances, deaths; the
 * linked death procedure's funeral-allowance step.
 */
@Module({
  controllers: [
    BeneficiaryController,
    AccountController,
    PaymentBatchController,
    FuneralAllowanceController,
    CitizenEventsHandler,
    LinkedStepsHandler,
  ],
  providers: [
    PopulationClient,
    BeneficiaryService,
    BeneficiaryReviewService,
    AccountService,
    PaymentSender,
    BatchCompletion,
    PaymentDispatcher,
    PaymentBatchService,
    ReconciliationService,
    FuneralAllowanceService,
    LinkedStepService,
  ],
})
export class DisbursementModule {}
