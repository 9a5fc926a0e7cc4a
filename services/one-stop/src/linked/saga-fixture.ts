import { dueDate } from '@d06/domain';
import type { Procedure } from './linked-procedures';
import { LinkedRun } from './linked-run.entity';
import { pendingSteps } from './pending-steps';
import type { SagaSettings } from './linked-saga';

/** A fresh run and its pending steps as the service builds them (for the saga's unit tests). */
export function newRun(procedure: Procedure, receivedAt: Date, legalDays = 3) {
  const run = Object.assign(new LinkedRun(), {
    runId: '0192f3c4-5a6b-7c8d-9e0f-123456789abc',
    dossierCode: '000.00.80.H38-230915-0001',
    procedure,
    serviceKey: procedure === 'birth' ? 'da06-15' : 'da06-16',
    provinceCode: '038',
    communeCode: null,
    status: 'running',
    receivedAt,
    dueAt: dueDate(receivedAt, legalDays),
    legalDays,
    verificationNeeded: legalDays === 5,
    form: {},
    finishedAt: null,
    withinLimit: null,
    failedStep: null,
    failedStepIndex: null,
    reasonCode: null,
    reason: null,
    traceparent: null,
  } satisfies LinkedRun);
  const steps = pendingSteps(run.runId, procedure);
  return { run, steps };
}

export const SETTINGS: SagaSettings = { attemptTimeoutMs: 4 * 3_600_000, maxAttempts: 3 };

export const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);
