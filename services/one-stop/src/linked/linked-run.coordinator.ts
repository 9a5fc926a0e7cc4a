import { Inject, Injectable, Logger } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { IdempotentConsumer, OutboxRelay } from '@d06/messaging';
import { withExtractedContext } from '@d06/observability';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { LinkedRun } from './linked-run.entity';
import { LinkedStep } from './linked-step.entity';
import { LinkedRunService } from './linked-run.service';
import { applyReply, applyTimeout, type StepReply } from './linked-saga';

const SWEEP_BATCH = 100;

export interface ReplyEnvelope extends StepReply {
  readonly runId: string;
  readonly dossierCode: string;
}

/**
 * Drives runs from the outside world: owners' replies (each event once per consumer; then the saga ignores
 * stale and duplicate answers) and the business clock (a sweep over waiting steps whose attempt is overdue).
 * Each change runs in one transaction holding the run's row lock, so replicas and redeliveries do not race.
 */
@Injectable()
export class LinkedRunCoordinator {
  private readonly logger = new Logger(LinkedRunCoordinator.name);
  private readonly consumer: IdempotentConsumer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: LinkedRunService,
    private readonly relay: OutboxRelay,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.consumer = new IdempotentConsumer(dataSource, 'one-stop-linked-replies');
  }

  /** Applies an owner's reply; false when it changed nothing (already seen, stale or duplicate). */
  async onReply(eventId: string, reply: ReplyEnvelope): Promise<boolean> {
    let applied = false;
    await this.consumer.once(eventId, async (manager) => {
      const loaded = await this.load(manager, reply.runId);
      if (!loaded) return;
      const now = this.clock.now();
      const outcome = applyReply(loaded.run, loaded.steps, reply, now, this.runs.settings);
      if (!outcome.applied) {
        this.logger.log(
          `run ${reply.runId}: ignored ${reply.step} reply (attempt ${reply.attempt}): ${outcome.why}`,
        );
        return;
      }
      applied = true;
      await this.runs.save(manager, loaded.run, loaded.steps, outcome.effects, now, true);
    });
    if (applied) this.relay.nudge();
    return applied;
  }

  /** Retries or times out every step whose attempt deadline has passed on the business clock. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    const overdue = await this.dataSource
      .getRepository(LinkedStep)
      .createQueryBuilder('step')
      .where('step.status = :status AND step.attempt_deadline <= :now', { status: 'requested', now })
      .orderBy('step.attempt_deadline')
      .limit(SWEEP_BATCH)
      .getMany();
    let changed = 0;
    for (const candidate of overdue) {
      const run = await this.dataSource.getRepository(LinkedRun).findOneBy({ runId: candidate.runId });
      // the retry or the failure continues the submission's trace
      const done = await withExtractedContext(run?.traceparent ?? undefined, () =>
        trace.getTracer('one-stop').startActiveSpan(`linked-run timeout ${candidate.step}`, async (span) => {
          try {
            return await this.timeOut(candidate.runId, candidate.index);
          } finally {
            span.end();
          }
        }),
      );
      if (done) changed += 1;
    }
    if (changed > 0) this.relay.nudge();
    return changed;
  }

  private async timeOut(runId: string, index: number): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const loaded = await this.load(manager, runId);
      const step = loaded?.steps.find((candidate) => candidate.index === index);
      if (!loaded || !step) return false;
      const now = this.clock.now();
      const outcome = applyTimeout(loaded.run, step, now, this.runs.settings);
      if (!outcome.applied) return false;
      await this.runs.save(manager, loaded.run, loaded.steps, outcome.effects, now, false);
      return true;
    });
  }

  private async load(manager: EntityManager, runId: string) {
    const run = await manager.findOne(LinkedRun, { where: { runId }, lock: { mode: 'pessimistic_write' } });
    if (!run) return undefined;
    const steps = await manager.find(LinkedStep, { where: { runId }, order: { index: 'ASC' } });
    return { run, steps };
  }
}
