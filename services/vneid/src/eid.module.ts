import { Module } from '@nestjs/common';
import { AccountController } from './accounts/account.controller';
import { AccountDirectory } from './accounts/account-directory';
import { AccountLifecycleService } from './accounts/account-lifecycle.service';
import { ApprovalScheduler } from './accounts/approval-scheduler';
import { CitizenEventsHandler } from './documents/citizen-events.handler';
import { DocumentController } from './documents/document.controller';
import { InteractionController } from './interaction/interaction.controller';
import { LoginService } from './login/login.service';
import { OTP_DELIVERY, OtpVerifier } from './login/otp-verifier';
import { RateLimiter } from './login/rate-limiter';
import { SimulatedSmsController } from './login/simulated-sms.controller';
import { SimulatedSmsGateway } from './login/simulated-sms-gateway';
import { PopulationClient } from './population/population-client';
import { ActivationTargetController } from './targets/activation-target.controller';
import { ActivationTargetService } from './targets/activation-target.service';
import { VerificationController } from './verification/verification.controller';
import { VerificationService } from './verification/verification.service';

/** VNeID's own API: account lifecycle, login interaction, verification, documents, targets. */
@Module({
  controllers: [
    AccountController,
    InteractionController,
    VerificationController,
    DocumentController,
    ActivationTargetController,
    SimulatedSmsController,
    CitizenEventsHandler,
  ],
  providers: [
    AccountDirectory,
    AccountLifecycleService,
    ApprovalScheduler,
    PopulationClient,
    LoginService,
    RateLimiter,
    OtpVerifier,
    SimulatedSmsGateway,
    { provide: OTP_DELIVERY, useExisting: SimulatedSmsGateway },
    VerificationService,
    ActivationTargetService,
  ],
})
export class EidModule {}
