import { Inject, Injectable } from '@nestjs/common';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, ZodValidationPipe, type Clock } from '@d06/platform';
import { In, type EntityManager } from 'typeorm';
import { callerFromRequest } from '../caller/caller-context';
import { LinkedRun } from '../linked/linked-run.entity';
import { OneStopError } from '../one-stop.errors';
import { actionMove, requireReason } from './dossier-action-rules';
import { dossierActionListItem, type DossierActionListItem } from './dossier-lists.requests';
import type { HttpRequestLike } from './dossier.service';
import { Dossier } from './dossier.entity';
import { DossierWriter, type DossierMove } from './dossier-writer';
import { dossierStanding } from './dossier.view';
import { parseItem, problemResult, type ListResult } from './list-results';

const ITEM = new ZodValidationPipe(dossierActionListItem);

type Standing = ReturnType<typeof dossierStanding>;

/**
 * An officer's list of dossier actions in one call. Each item is decided as its single call would be (same
 * rules, same refusals, one history entry, event and portal sync per move), in order, so a dossier may move
 * twice in one list; the moves are written in one transaction — the dossiers read under one lock query, the
 * writes sent as one statement — instead of a transaction each.
 */
@Injectable()
export class DossierActionListService {
  constructor(
    private readonly outbox: TransactionalOutbox,
    private readonly writer: DossierWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async act(items: readonly unknown[], request: HttpRequestLike) {
    const caller = callerFromRequest(request);
    if (caller.type !== 'officer') {
      throw new OneStopError('OFFICER_REQUIRED', {
        detail: 'the dossiers of a list are acted on by an officer',
      });
    }
    const actor = { name: `officer:${caller.id}` };
    const results: ListResult<Standing>[] = new Array<ListResult<Standing>>(items.length);
    const valid: { index: number; item: DossierActionListItem }[] = [];
    items.forEach((raw, index) => {
      const parsed = parseItem(ITEM, raw);
      if (!parsed.ok) results[index] = parsed.result;
      else
        try {
          requireReason(parsed.value);
          valid.push({ index, item: parsed.value });
        } catch (error) {
          results[index] = problemResult(error);
        }
    });
    if (valid.length === 0) return { results };
    await this.outbox.run(async ({ manager }) => {
      const { dossiers, runs } = await lockedDossiers(
        manager,
        valid.map(({ item }) => item.code),
      );
      const at = this.clock.now();
      const moves: { index: number; move: DossierMove }[] = [];
      for (const { index, item } of valid) {
        const dossier = dossiers.get(item.code);
        const run = dossier?.linkedRunId ? runs.get(dossier.linkedRunId) : undefined;
        try {
          const move = actionMove(item.code, dossier, run, item, actor, at);
          // the next item on the same dossier is decided on where this one leaves it
          move.dossier.status = move.change.status;
          moves.push({ index, move });
        } catch (error) {
          results[index] = problemResult(error);
        }
      }
      await this.writer.moveAll(
        manager,
        moves.map(({ move }) => move),
      );
      for (const { index, move } of moves)
        results[index] = { status: 200, answer: dossierStanding(move.dossier, move.change.at) };
    });
    return { results };
  }
}

/** The list's dossiers, locked in code order (two lists never wait on each other in a cycle), and their runs. */
async function lockedDossiers(manager: EntityManager, codes: readonly string[]) {
  const rows = await manager
    .createQueryBuilder(Dossier, 'dossier')
    .where('dossier.code IN (:...codes)', { codes: [...new Set(codes)] })
    .orderBy('dossier.code')
    .setLock('pessimistic_write')
    .getMany();
  const runIds = rows.flatMap((dossier) => (dossier.linkedRunId ? [dossier.linkedRunId] : []));
  const runs = runIds.length > 0 ? await manager.findBy(LinkedRun, { runId: In(runIds) }) : [];
  return {
    dossiers: new Map(rows.map((dossier) => [dossier.code, dossier])),
    runs: new Map(runs.map((run) => [run.runId, run])),
  };
}
