import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { CloudEvent } from 'cloudevents';
import { EVENT_TYPES, type LinkedStepRequestedV1 } from '@d06/contracts';
import { LinkedStepService } from './linked-step.service';

/**
 * The one-stop saga's step requests (onestop.events.v1): BHXH acts on bhyt-child-card only, and answers every
 * delivery of it — redelivered or retried — from its ledger after the first.
 */
@Controller()
export class LinkedStepsHandler {
  constructor(private readonly steps: LinkedStepService) {}

  @EventPattern(EVENT_TYPES.LINKED_STEP_REQUESTED)
  async onStepRequested(@Payload() event: CloudEvent<LinkedStepRequestedV1>): Promise<void> {
    const request = event.data!;
    if (request.step === 'bhyt-child-card') await this.steps.issueChildCard(request);
  }
}
