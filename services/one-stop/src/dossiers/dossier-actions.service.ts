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
import { actionMove, requireReason, type DossierActor } from './dossier-action-rules';
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
    requireReason(body);
    const actor = await this.actor(code, body, request);
    return this.outbox.run(async ({ manager }) => {
      const dossier = (await withHistory(manager, code, { lock: true })) ?? undefined;
      const run = dossier?.linkedRunId
        ? ((await manager.findOneBy(LinkedRun, { runId: dossier.linkedRunId })) ?? undefined)
        : undefined;
      const move = actionMove(code, dossier, run, body, actor, this.clock.now());
      await this.writer.moveAll(manager, [move]);
      // the dossier as it now stands, without reading back what this transaction just wrote
      const entry = Object.assign(new DossierHistory(), historyRow(code, move.change));
      return dossierView(move.dossier, [...dossier!.history, entry], move.change.at);
    });
  }

  /** An officer (caller headers), or for a withdrawal the applicant with a VNeID token. */
  private async actor(
    code: string,
    body: DossierActionRequest,
    request: HttpRequestLike,
  ): Promise<DossierActor> {
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
    return { name: `officer:${caller.id}` };
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
