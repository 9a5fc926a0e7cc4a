import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { CloudEvent } from 'cloudevents';
import {
  EVENT_TYPES,
  type BhytLinkedStepRepliedV1,
  type PopulationLinkedStepRepliedV1,
  type SsaLinkedStepRepliedV1,
} from '@d06/contracts';
import { LinkedRunCoordinator, type ReplyEnvelope } from './linked-run.coordinator';

type AnyReply = PopulationLinkedStepRepliedV1 | BhytLinkedStepRepliedV1 | SsaLinkedStepRepliedV1;

/** What the step produced, as the next steps and GET /v1/linked-runs show it (the reply minus its envelope). */
function envelopeOf(reply: AnyReply): ReplyEnvelope {
  const {
    runId,
    dossierCode,
    step,
    attempt,
    outcome,
    reasonCode,
    reason,
    occurredAt: _at,
    ...output
  } = reply;
  return {
    runId,
    dossierCode,
    step,
    attempt,
    outcome,
    ...(reasonCode ? { reasonCode } : {}),
    ...(reason ? { reason } : {}),
    output: outcome === 'completed' ? output : {},
  };
}

/** The owners' answers to linked steps (population, BHXH, social security), consumed in group `one-stop`. */
@Controller()
export class LinkedRepliesHandler {
  constructor(private readonly coordinator: LinkedRunCoordinator) {}

  @EventPattern(EVENT_TYPES.POPULATION_LINKED_STEP_REPLIED)
  async onPopulation(@Payload() event: CloudEvent<PopulationLinkedStepRepliedV1>): Promise<void> {
    await this.coordinator.onReply(event.id, envelopeOf(event.data!));
  }

  @EventPattern(EVENT_TYPES.BHYT_LINKED_STEP_REPLIED)
  async onBhyt(@Payload() event: CloudEvent<BhytLinkedStepRepliedV1>): Promise<void> {
    await this.coordinator.onReply(event.id, envelopeOf(event.data!));
  }

  @EventPattern(EVENT_TYPES.SSA_LINKED_STEP_REPLIED)
  async onSocialSecurity(@Payload() event: CloudEvent<SsaLinkedStepRepliedV1>): Promise<void> {
    await this.coordinator.onReply(event.id, envelopeOf(event.data!));
  }
}
