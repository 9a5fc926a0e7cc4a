import { dueDate, formatVietnamDate } from '@d06/domain';
import type { LinkedRun } from './linked-run.entity';
import type { LinkedStep } from './linked-step.entity';
import { stepDefinition, type LinkedStepName } from './linked-procedures';

/**
 * The saga's rules, pure: they change a run and its steps (plain objects loaded under a row lock) and say what
 * must follow (a step request to publish, the run's end). The service applies the effects in the same
 * transaction, through the outbox. Idempotence lives here: a reply to a step that is no longer waiting, or to a
 * run that has ended, changes nothing.
 */
export interface SagaSettings {
  /** Business milliseconds an attempt waits for the owner before it is requested again. */
  readonly attemptTimeoutMs: number;
  /** Attempts of a step before it times out for good. */
  readonly maxAttempts: number;
}

export type SagaEffect =
  | { readonly kind: 'request'; readonly step: LinkedStep }
  | { readonly kind: 'run-completed' }
  | { readonly kind: 'run-failed' };

export type SagaOutcome =
  | { readonly applied: false; readonly why: string }
  | { readonly applied: true; readonly effects: readonly SagaEffect[] };

/** An owner's answer, as the three linked-step.replied contracts carry it. */
export interface StepReply {
  readonly step: LinkedStepName;
  readonly attempt: number;
  readonly outcome: 'completed' | 'failed';
  readonly reasonCode?: string;
  readonly reason?: string;
  readonly output: Record<string, unknown>;
}

/** Sends a step (again): the next attempt, with its attempt deadline capped by the step's legal deadline. */
export function requestStep(run: LinkedRun, step: LinkedStep, now: Date, settings: SagaSettings): SagaEffect {
  if (step.attempts === 0) {
    step.requestedAt = now;
    step.dueAt = dueDate(now, stepDefinition(run.procedure, step.step)?.legalDays ?? 2);
  }
  step.attempts += 1;
  step.status = 'requested';
  const attemptEnd = now.getTime() + settings.attemptTimeoutMs;
  step.attemptDeadline = new Date(Math.min(attemptEnd, step.dueAt!.getTime()));
  return { kind: 'request', step };
}

/** Step 1, the one-stop system's own civil-status registration, done on receipt; then step 2 is requested. */
export function startRun(
  run: LinkedRun,
  steps: readonly LinkedStep[],
  now: Date,
  settings: SagaSettings,
): SagaEffect[] {
  const [own, next] = steps;
  own.attempts = 1;
  own.requestedAt = now;
  own.dueAt = dueDate(run.receivedAt, 0);
  own.status = 'completed';
  own.completedAt = now;
  own.output = {
    certificateNumber: `${run.procedure === 'birth' ? 'KS' : 'KT'}-${run.dossierCode}`,
    registeredOn: formatVietnamDate(now),
  };
  return [requestStep(run, next, now, settings)];
}

export function applyReply(
  run: LinkedRun,
  steps: readonly LinkedStep[],
  reply: StepReply,
  now: Date,
  settings: SagaSettings,
): SagaOutcome {
  if (run.status !== 'running') return { applied: false, why: `the run is ${run.status}` };
  const step = steps.find((candidate) => candidate.step === reply.step);
  if (!step) return { applied: false, why: `the run has no step ${reply.step}` };
  if (step.status !== 'requested') return { applied: false, why: `step ${step.index} is ${step.status}` };
  if (reply.attempt < 1 || reply.attempt > step.attempts) {
    return { applied: false, why: `attempt ${reply.attempt} was never requested` };
  }
  if (reply.outcome === 'failed') {
    step.status = 'failed';
    step.completedAt = now;
    step.reason = reply.reason ?? reply.reasonCode ?? 'refused';
    failRun(run, step, 'refused', `${ownerLabel(step)} refused it: ${step.reason}`, now);
    return { applied: true, effects: [{ kind: 'run-failed' }] };
  }
  step.status = 'completed';
  step.completedAt = now;
  step.attemptDeadline = null;
  step.output = reply.output;
  const next = steps.find((candidate) => candidate.index === step.index + 1);
  if (next) return { applied: true, effects: [requestStep(run, next, now, settings)] };
  run.status = 'completed';
  run.finishedAt = now;
  run.withinLimit = now.getTime() <= run.dueAt.getTime();
  return { applied: true, effects: [{ kind: 'run-completed' }] };
}

/** The sweeper's rule for a waiting step whose attempt deadline has passed: retry, or fail the run. */
export function applyTimeout(
  run: LinkedRun,
  step: LinkedStep,
  now: Date,
  settings: SagaSettings,
): SagaOutcome {
  if (run.status !== 'running' || step.status !== 'requested') {
    return { applied: false, why: 'nothing is waiting' };
  }
  if (!step.attemptDeadline || now.getTime() < step.attemptDeadline.getTime()) {
    return { applied: false, why: 'the attempt has time left' };
  }
  const legalTimeLeft = step.dueAt !== null && now.getTime() < step.dueAt.getTime();
  if (step.attempts < settings.maxAttempts && legalTimeLeft) {
    return { applied: true, effects: [requestStep(run, step, now, settings)] };
  }
  step.status = 'timed-out';
  step.attemptDeadline = null;
  step.reason = legalTimeLeft
    ? `no answer after ${step.attempts} attempt(s)`
    : `no answer by the step's deadline ${step.dueAt?.toISOString()} (${step.attempts} attempt(s))`;
  failRun(run, step, 'timed-out', `${ownerLabel(step)} gave ${step.reason}`, now);
  return { applied: true, effects: [{ kind: 'run-failed' }] };
}

function failRun(
  run: LinkedRun,
  step: LinkedStep,
  code: 'refused' | 'timed-out',
  why: string,
  now: Date,
): void {
  run.status = 'failed';
  run.finishedAt = now;
  run.failedStep = step.step;
  run.failedStepIndex = step.index;
  run.reasonCode = code;
  run.reason = `failed at step ${step.index} (${step.step}) because ${why}`.slice(0, 500);
}

function ownerLabel(step: LinkedStep): string {
  return `the ${step.owner} service`;
}
