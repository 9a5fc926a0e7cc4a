import { Module } from '@nestjs/common';
import { CardCheckBatchService } from './card-checks/card-check-batch.service';
import { CardCheckController } from './card-checks/card-check.controller';
import { CardCheckService } from './card-checks/card-check.service';
import { LookupEventRecorder } from './card-checks/lookup-event-recorder';
import { ChildCardController } from './child-cards/child-card.controller';
import { ChildCardService } from './child-cards/child-card.service';
import { ClaimController } from './claims/claim.controller';
import { ClaimService } from './claims/claim.service';
import { FacilityController } from './facilities/facility.controller';
import { FacilityDirectory } from './facilities/facility-directory';
import { FacilityService } from './facilities/facility.service';
import { HouseholdRenewalController } from './household-renewals/household-renewal.controller';
import { HouseholdRenewalService } from './household-renewals/household-renewal.service';
import { ParticipantSyncController } from './participant-sync/participant-sync.controller';
import { ParticipantSyncService } from './participant-sync/participant-sync.service';
import { LinkedStepService } from './linked-steps/linked-step.service';
import { LinkedStepsHandler } from './linked-steps/linked-steps.handler';
import { PopulationClient } from './participant-sync/population-client';
import { CitizenEventsHandler } from './population-events/citizen-events.handler';
import { CardStore } from './registry/card-store';
import { HolderDeathService } from './registry/holder-death.service';
import { RegistryWriter } from './registry/registry-writer';

/**
 * BHXH's API: card checks, facilities, participant sync, child cards, household renewals, claims; population events
 * and the linked birth procedure's BHYT step.
 */
@Module({
  controllers: [
    CardCheckController,
    FacilityController,
    ParticipantSyncController,
    ChildCardController,
    HouseholdRenewalController,
    ClaimController,
    CitizenEventsHandler,
    LinkedStepsHandler,
  ],
  providers: [
    CardStore,
    RegistryWriter,
    FacilityDirectory,
    FacilityService,
    LookupEventRecorder,
    CardCheckService,
    CardCheckBatchService,
    PopulationClient,
    ParticipantSyncService,
    ChildCardService,
    HolderDeathService,
    HouseholdRenewalService,
    ClaimService,
    LinkedStepService,
  ],
})
export class InsuranceModule {}
