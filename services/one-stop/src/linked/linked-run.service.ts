import { Inject, Injectable } from '@nestjs/common';
import { TransactionalOutbox } from '@d06/messaging';
import { currentTraceparent } from '@d06/observability';
import { CLOCK, type Clock } from '@d06/platform';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ONE_STOP_CONFIG } from '../config/one-stop-config.token';
import type { OneStopConfig } from '../config/one-stop.config';
import { Dossier } from '../dossiers/dossier.entity';
import { DossierWriter } from '../dossiers/dossier-writer';
import type { Procedure } from './linked-procedures';
import { LinkedRun } from './linked-run.entity';
import { pendingSteps } from './pending-steps';
import { LinkedStep } from './linked-step.entity';
import { startRun, type SagaEffect, type SagaSettings } from './linked-saga';
import { runCompletedEvent, runFailedEvent, runStartedEvent, stepRequestedEvent } from './linked.events';

const SAGA_ACTOR = 'linked-run';

/**
 * Runs the saga's effects inside the caller's transaction: step requests and the run's end go out through the
 * outbox, and the dossier follows the run (processing on the first owner answer, completed with the run, back
 * to an officer — processing, with the reason as `attention` — when the run fails).
 */
@Injectable()
export class LinkedRunService {
  constructor(
    private readonly outbox: TransactionalOutbox,
    private readonly writer: DossierWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ONE_STOP_CONFIG) private readonly config: OneStopConfig,
  ) {}

  get settings(): SagaSettings {
    return {
      attemptTimeoutMs: this.config.ONESTOP_STEP_ATTEMPT_TIMEOUT_MINUTES * 60_000,
      maxAttempts: this.config.ONESTOP_STEP_MAX_ATTEMPTS,
    };
  }

  /** Starts the run of a linked dossier being received (same transaction): step 1 done, step 2 requested. */
  async start(
    manager: EntityManager,
    dossier: Dossier,
    runId: string,
    procedure: Procedure,
    form: Record<string, unknown>,
  ): Promise<void> {
    const now = dossier.receivedAt;
    const run = Object.assign(new LinkedRun(), {
      runId,
      dossierCode: dossier.code,
      procedure,
      serviceKey: dossier.serviceKey,
      provinceCode: dossier.provinceCode,
      communeCode: dossier.communeCode,
      status: 'running',
      receivedAt: dossier.receivedAt,
      dueAt: dossier.dueAt,
      legalDays: dossier.legalDays,
      verificationNeeded: dossier.verificationNeeded,
      form,
      finishedAt: null,
      withinLimit: null,
      failedStep: null,
      failedStepIndex: null,
      reasonCode: null,
      reason: null,
      traceparent: currentTraceparent() ?? null,
    } satisfies LinkedRun);
    const steps = pendingSteps(runId, procedure);
    const effects = startRun(run, steps, now, this.settings);
    await manager.insert(LinkedRun, run as QueryDeepPartialEntity<LinkedRun>);
    await manager.insert(LinkedStep, steps as QueryDeepPartialEntity<LinkedStep>[]);
    await this.outbox.add(manager, [runStartedEvent(run, steps, now)]);
    await this.applyEffects(manager, run, steps, effects, now);
  }

  /** Saves what the saga changed and carries out its effects. */
  async save(
    manager: EntityManager,
    run: LinkedRun,
    steps: readonly LinkedStep[],
    effects: readonly SagaEffect[],
    now: Date,
    fromReply: boolean,
  ): Promise<void> {
    await manager.save(LinkedRun, run, { reload: false });
    await manager.save(LinkedStep, [...steps], { reload: false });
    const dossier = await manager.findOne(Dossier, {
      where: { code: run.dossierCode },
      lock: { mode: 'pessimistic_write' },
    });
    // an officer's queue sees the dossier taken up once an owner answered or the run ended (not on a mere retry)
    const takenUp = fromReply || effects.some((effect) => effect.kind !== 'request');
    if (takenUp && dossier?.status === 'received') {
      await this.writer.move(manager, dossier, {
        status: 'processing',
        action: SAGA_ACTOR,
        actor: SAGA_ACTOR,
        at: now,
      });
    }
    await this.applyEffects(manager, run, steps, effects, now, dossier ?? undefined);
  }

  private async applyEffects(
    manager: EntityManager,
    run: LinkedRun,
    steps: readonly LinkedStep[],
    effects: readonly SagaEffect[],
    now: Date,
    dossier?: Dossier,
  ): Promise<void> {
    for (const effect of effects) {
      if (effect.kind === 'request') {
        await this.outbox.add(manager, [stepRequestedEvent(run, effect.step, steps, now)]);
      } else if (effect.kind === 'run-completed') {
        await this.outbox.add(manager, [runCompletedEvent(run, now)]);
        if (dossier?.status === 'processing') {
          await this.writer.move(manager, dossier, {
            status: 'completed',
            action: SAGA_ACTOR,
            actor: SAGA_ACTOR,
            reason: 'every step of the linked run completed',
            at: now,
          });
        }
      } else {
        await this.outbox.add(manager, [runFailedEvent(run, now)]);
        if (dossier && dossier.status === 'processing') {
          dossier.attention = `linked run ${run.reason}; back to an officer`.slice(0, 500);
          await manager.update(
            Dossier,
            { code: dossier.code },
            { attention: dossier.attention, updatedAt: now },
          );
          await this.writer.note(manager, dossier, {
            status: dossier.status,
            action: 'linked-run-failed',
            actor: SAGA_ACTOR,
            reason: dossier.attention,
            at: now,
          });
        }
      }
    }
  }
}
