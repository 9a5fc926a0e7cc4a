import type { LinkedRun } from '../linked/linked-run.entity';
import { OneStopError } from '../one-stop.errors';
import type { Dossier } from './dossier.entity';
import type { DossierActionRequest } from './dossier.requests';
import { ACTIONS_NEEDING_REASON, transition } from './dossier-status';
import type { DossierMove } from './dossier-writer';

/** Who acts: an officer, or for a withdrawal the applicant (by their VNeID token). */
export interface DossierActor {
  readonly name: string;
  readonly applicantIdNumber?: string;
}

/** An action that must say why, without a reason: a 400 before anything is read. */
export function requireReason(body: DossierActionRequest): void {
  if (ACTIONS_NEEDING_REASON.has(body.action) && !body.reason) {
    throw new OneStopError('INVALID_REQUEST', {
      detail: `${body.action} needs a reason`,
      errors: [{ field: 'reason', message: `required for ${body.action}` }],
    });
  }
}

/**
 * The move an action makes of a dossier (read under a lock), or the refusal: not found, not the applicant's, a
 * linked run deciding it, or not allowed from its status. Pure: the single call and the lists decide alike.
 */
export function actionMove(
  code: string,
  dossier: Dossier | undefined,
  run: Pick<LinkedRun, 'runId' | 'status'> | undefined,
  body: DossierActionRequest,
  actor: DossierActor,
  at: Date,
): DossierMove {
  if (!dossier) throw new OneStopError('DOSSIER_NOT_FOUND', { detail: `no dossier ${code}` });
  if (actor.applicantIdNumber && actor.applicantIdNumber !== dossier.applicantIdNumber) {
    throw new OneStopError('NOT_THE_APPLICANT', { detail: 'only the applicant may withdraw this dossier' });
  }
  if (run?.status === 'running') {
    throw new OneStopError('LINKED_RUN_IN_PROGRESS', {
      detail: `linked run ${run.runId} is running; it moves the dossier itself (GET /v1/linked-runs/${run.runId})`,
    });
  }
  const next = transition(dossier.status, body.action);
  if (!next.ok) {
    throw new OneStopError('ACTION_NOT_ALLOWED', {
      detail: `cannot ${body.action} a dossier that is ${dossier.status}; allowed from: ${next.allowedFrom.join(', ')}`,
    });
  }
  const change = { status: next.to, action: body.action, actor: actor.name, reason: body.reason, at };
  // an officer taking the dossier up again answers what needed attention
  return { dossier, change, extra: next.to === 'processing' ? {} : { attention: null } };
}
