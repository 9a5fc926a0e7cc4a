import { Module } from '@nestjs/common';
import { AuditService } from './audit/audit.service';
import { BirthController } from './births/birth.controller';
import { BirthService } from './births/birth.service';
import { CacheInvalidationSubscriber } from './cache/cache-invalidation.subscriber';
import { CitizenCache } from './cache/citizen-cache';
import { DeathController } from './deaths/death.controller';
import { DeathService } from './deaths/death.service';
import { IdCardController } from './idcards/idcard.controller';
import { IdCardService } from './idcards/idcard.service';
import { LinkedStepService } from './linked-steps/linked-step.service';
import { LinkedStepsHandler } from './linked-steps/linked-steps.handler';
import { ResidenceController } from './residence/residence.controller';
import { ResidenceService } from './residence/residence.service';
import { VerificationController } from './verification/verification.controller';
import { VerificationService } from './verification/verification.service';
import { CitizenController } from './citizens/citizen.controller';
import { CitizenQueryService } from './citizens/citizen-query.service';
import { CitizenService } from './citizens/citizen.service';
import { RegisterWriter } from './citizens/register-writer';

/** The register's API: lookups, births, deaths, residence, CCCD cards, verification; the linked-procedure steps. */
@Module({
  controllers: [
    CitizenController,
    BirthController,
    DeathController,
    ResidenceController,
    IdCardController,
    VerificationController,
    LinkedStepsHandler,
  ],
  providers: [
    AuditService,
    CitizenCache,
    CacheInvalidationSubscriber,
    CitizenQueryService,
    CitizenService,
    RegisterWriter,
    BirthService,
    DeathService,
    ResidenceService,
    IdCardService,
    VerificationService,
    LinkedStepService,
  ],
})
export class RegistryModule {}
