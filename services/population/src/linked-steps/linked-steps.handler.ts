import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { CloudEvent } from 'cloudevents';
import { EVENT_TYPES, type LinkedStepRequestedV1 } from '@d06/contracts';
import { LinkedStepService } from './linked-step.service';

/**
 * The one-stop saga's step requests (onestop.events.v1). Only the steps the population database owns are acted
 * on; every delivery of one — redelivered or retried — is answered (the ledger keeps it to one action).
 */
@Controller()
export class LinkedStepsHandler {
  constructor(private readonly steps: LinkedStepService) {}

  @EventPattern(EVENT_TYPES.LINKED_STEP_REQUESTED)
  async onStepRequested(@Payload() event: CloudEvent<LinkedStepRequestedV1>): Promise<void> {
    const request = event.data!;
    if (request.step === 'residence-registration' && request.birth) {
      await this.steps.registerResidence(request, request.birth);
    } else if (request.step === 'residence-removal' && request.death) {
      await this.steps.removeResidence(request, request.death);
    }
  }
}
