import { Inject, Injectable } from '@nestjs/common';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { VneidTokenVerifier } from '../auth/vneid-token-verifier';
import { callerFromRequest } from '../caller/caller-context';
import { LinkedRun } from '../linked/linked-run.entity';
import { OneStopError } from '../one-stop.errors';
import type { HttpRequestLike } from './dossier.service';
import type { DossierActionRequest } from './dossier.requests';
import { DossierHistory } from './dossier-history.entity';
import { Dossier } from './dossier.entity';
import { ACTIONS_NEEDING_REASON, transition } from './dossier-status';
import { DossierWriter, historyRow } from './dossier-writer';
import { dossierView } from './dossier.view';

/** Officers move dossiers through the status machine; an applicant may withdraw their own with their token. */
@Injectable()
export class DossierActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly writer: DossierWriter,
    private readonly tokens: VneidTokenVerifier,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async view(code: string) {
    const dossier = await withHistory(this.dataSource.manager, code);
    if (!dossier) throw new OneStopError('DOSSIER_NOT_FOUND', { detail: `no dossier ${code}` });
    return dossierView(dossier, dossier.history, this.clock.now());
  }

  async act(code: string, body: DossierActionRequest, request: HttpRequestLike) {
    if (ACTIONS_NEEDING_REASON.has(body.action) && !body.reason) {
      throw new OneStopError('INVALID_REQUEST', {
        detail: `${body.action} needs a reason`,
        errors: [{ field: 'reason', message: `required for ${body.action}` }],
      });
    }
    const actor = await this.actor(code, body, request);
    return this.outbox.run(async ({ manager }) => {
      const dossier = await withHistory(manager, code, { lock: true });
      if (!dossier) throw new OneStopError('DOSSIER_NOT_FOUND', { detail: `no dossier ${code}` });
      if (actor.applicantIdNumber && actor.applicantIdNumber !== dossier.applicantIdNumber) {
        throw new OneStopError('NOT_THE_APPLICANT', {
          detail: 'only the applicant may withdraw this dossier',
        });
      }
      if (dossier.linkedRunId) {
        const run = await manager.findOneBy(LinkedRun, { runId: dossier.linkedRunId });
        if (run?.status === 'running') {
          throw new OneStopError('LINKED_RUN_IN_PROGRESS', {
            detail: `linked run ${run.runId} is running; it moves the dossier itself (GET /v1/linked-runs/${run.runId})`,
          });
        }
      }
      const next = transition(dossier.status, body.action);
      if (!next.ok) {
        throw new OneStopError('ACTION_NOT_ALLOWED', {
          detail: `cannot ${body.action} a dossier that is ${dossier.status}; allowed from: ${next.allowedFrom.join(', ')}`,
        });
      }
      const change = {
        status: next.to,
        action: body.action,
        actor: actor.name,
        reason: body.reason,
        at: this.clock.now(),
      };
      // an officer taking the dossier up again answers what needed attention
      await this.writer.move(manager, dossier, change, next.to === 'processing' ? {} : { attention: null });
      // the dossier as it now stands, without reading back what this transaction just wrote
      const entry = Object.assign(new DossierHistory(), historyRow(code, change));
      return dossierView(dossier, [...dossier.history, entry], change.at);
    });
  }

  /** An officer (caller headers), or for a withdrawal the applicant with a VNeID token. */
  private async actor(code: string, body: DossierActionRequest, request: HttpRequestLike) {
    const authorization = request.headers.authorization;
    if (body.action === 'withdraw' && authorization) {
      const identity = await this.tokens.verify(
        Array.isArray(authorization) ? authorization[0] : authorization,
      );
      return { name: `vneid:${identity.subject}`, applicantIdNumber: identity.idNumber };
    }
    const caller = callerFromRequest(request);
    if (caller.type !== 'officer') {
      throw new OneStopError('OFFICER_REQUIRED', { detail: `dossier ${code} is acted on by an officer` });
    }
    return { name: `officer:${caller.id}`, applicantIdNumber: undefined };
  }
}

/** A dossier with its history in order, in one query; `lock` holds the dossier's row (not its history's). */
async function withHistory(manager: EntityManager, code: string, options: { lock?: boolean } = {}) {
  const query = manager
    .createQueryBuilder(Dossier, 'dossier')
    .leftJoinAndMapMany('dossier.history', DossierHistory, 'history', 'history.dossier_code = dossier.code')
    .where('dossier.code = :code', { code })
    .orderBy('history.id', 'ASC');
  if (options.lock) query.setLock('pessimistic_write', undefined, ['dossier']);
  return (await query.getOne()) as (Dossier & { history: DossierHistory[] }) | null;
}
