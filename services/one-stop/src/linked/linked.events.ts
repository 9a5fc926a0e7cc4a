import { EVENT_TYPES } from '@d06/contracts';
import type { NewEvent } from '@d06/messaging';
import type { LinkedRun } from './linked-run.entity';
import type { LinkedStep } from './linked-step.entity';

function runHeader(run: LinkedRun) {
  return {
    runId: run.runId,
    dossierCode: run.dossierCode,
    procedure: run.procedure,
    serviceKey: run.serviceKey,
    provinceCode: run.provinceCode,
    ...(run.communeCode ? { communeCode: run.communeCode } : {}),
  };
}

export function runStartedEvent(run: LinkedRun, steps: readonly LinkedStep[], at: Date): NewEvent {
  return {
    type: EVENT_TYPES.LINKED_RUN_STARTED,
    time: at,
    data: {
      ...runHeader(run),
      steps: steps.map((step) => step.step),
      receivedAt: run.receivedAt.toISOString(),
      dueAt: run.dueAt.toISOString(),
      legalDays: run.legalDays,
      verificationNeeded: run.verificationNeeded,
      occurredAt: at.toISOString(),
    },
  };
}

/** The request of one attempt of a step, with the one linked form (and the child's new ID for the BHYT step). */
export function stepRequestedEvent(
  run: LinkedRun,
  step: LinkedStep,
  steps: readonly LinkedStep[],
  at: Date,
): NewEvent {
  const childIdNumber = steps.find((s) => s.step === 'residence-registration')?.output?.childIdNumber;
  return {
    type: EVENT_TYPES.LINKED_STEP_REQUESTED,
    time: at,
    data: {
      runId: run.runId,
      dossierCode: run.dossierCode,
      procedure: run.procedure,
      step: step.step,
      stepIndex: step.index,
      attempt: step.attempts,
      dueAt: step.dueAt!.toISOString(),
      ...(run.procedure === 'birth' ? { birth: run.form.birth } : { death: run.form.death }),
      ...(step.step === 'bhyt-child-card' && typeof childIdNumber === 'string' ? { childIdNumber } : {}),
      occurredAt: at.toISOString(),
    },
  };
}

export function runCompletedEvent(run: LinkedRun, at: Date): NewEvent {
  return {
    type: EVENT_TYPES.LINKED_RUN_COMPLETED,
    time: at,
    data: {
      ...runHeader(run),
      receivedAt: run.receivedAt.toISOString(),
      dueAt: run.dueAt.toISOString(),
      withinLimit: run.withinLimit === true,
      occurredAt: at.toISOString(),
    },
  };
}

export function runFailedEvent(run: LinkedRun, at: Date): NewEvent {
  return {
    type: EVENT_TYPES.LINKED_RUN_FAILED,
    time: at,
    data: {
      ...runHeader(run),
      failedStep: run.failedStep,
      stepIndex: run.failedStepIndex,
      reasonCode: run.reasonCode,
      reason: run.reason,
      occurredAt: at.toISOString(),
    },
  };
}
