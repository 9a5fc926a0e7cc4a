import { LINKED_PROCEDURES, type Procedure } from './linked-procedures';
import { LinkedStep } from './linked-step.entity';

/** The steps of a new run of a procedure, in order, none requested yet. */
export function pendingSteps(runId: string, procedure: Procedure): LinkedStep[] {
  return LINKED_PROCEDURES[procedure].map((definition, i) =>
    Object.assign(new LinkedStep(), {
      runId,
      index: i + 1,
      step: definition.step,
      owner: definition.owner,
      status: 'pending',
      attempts: 0,
      requestedAt: null,
      attemptDeadline: null,
      dueAt: null,
      completedAt: null,
      output: null,
      reason: null,
    } satisfies LinkedStep),
  );
}
