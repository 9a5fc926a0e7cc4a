import { EVENT_TYPES, type LinkedStepRequestedV1 } from '@d06/contracts';
import type { NewEvent, OutboxTransaction, TransactionalOutbox } from '@d06/messaging';
import { isDomainError, type Clock } from '@d06/platform';
import { LinkedStepRecord, type LinkedStepOutput } from './linked-step-record.entity';

/** The owners' answer types: each owner replies on its own topic. */
export type LinkedStepReplyType =
  | typeof EVENT_TYPES.POPULATION_LINKED_STEP_REPLIED
  | typeof EVENT_TYPES.BHYT_LINKED_STEP_REPLIED
  | typeof EVENT_TYPES.SSA_LINKED_STEP_REPLIED;

/** Why an owner refuses a step: a machine-readable code and words for the citizen (never an ID number). */
export interface LinkedStepRefusal {
  readonly reasonCode: string;
  readonly reason: string;
}

/** What the owner does for a step, and which of its errors are refusals rather than faults to retry. */
export interface LinkedStepWork<O extends LinkedStepOutput> {
  /** Does the step in the ledger's transaction (inside a savepoint: a refusal undoes its writes). */
  act(tx: OutboxTransaction, now: Date): Promise<O>;
  /** The refusal an error means, or undefined for a fault (the transaction rolls back; the bus retries). */
  refusal(error: unknown): LinkedStepRefusal | undefined;
}

export interface LinkedStepAnswer {
  readonly record: LinkedStepRecord;
  /** False when the request was answered from the ledger (redelivered or retried): nothing was done again. */
  readonly acted: boolean;
}

/**
 * At most once per (runId, step): the step's state change, its ledger row and the reply commit together (outbox).
 * A redelivered or retried request — any attempt number — gets the stored outcome again, echoing its attempt.
 */
export class LinkedStepLedger {
  constructor(
    private readonly outbox: TransactionalOutbox,
    private readonly clock: Clock,
    private readonly replyType: LinkedStepReplyType,
  ) {}

  answer<O extends LinkedStepOutput>(
    request: LinkedStepRequestedV1,
    work: LinkedStepWork<O>,
  ): Promise<LinkedStepAnswer> {
    return this.outbox.run(async (tx) => {
      const { manager } = tx;
      const key = { runId: request.runId, step: request.step };
      // serialises concurrent deliveries of one step (a redelivery racing a retry) across replicas
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `linked-step:${request.runId}:${request.step}`,
      ]);
      const stored = await manager.findOneBy(LinkedStepRecord, key);
      if (stored) {
        stored.lastAttempt = Math.max(stored.lastAttempt, request.attempt);
        stored.answers += 1;
        await manager.update(LinkedStepRecord, key, {
          lastAttempt: stored.lastAttempt,
          answers: stored.answers,
        });
        await tx.publish([this.reply(stored, request.attempt)]);
        return { record: stored, acted: false };
      }
      const now = this.clock.now();
      let output: LinkedStepOutput = {};
      let refusal: LinkedStepRefusal | undefined;
      try {
        output = await manager.transaction(() => work.act(tx, now));
      } catch (error) {
        refusal = work.refusal(error);
        if (!refusal) throw error;
      }
      const record = manager.create(LinkedStepRecord, {
        ...key,
        dossierCode: request.dossierCode,
        procedure: request.procedure,
        outcome: refusal ? 'failed' : 'completed',
        reasonCode: refusal?.reasonCode ?? null,
        reason: refusal?.reason ?? null,
        output,
        attempt: request.attempt,
        lastAttempt: request.attempt,
        answers: 1,
        decidedAt: now,
      });
      await manager.insert(LinkedStepRecord, record);
      await tx.publish([this.reply(record, request.attempt)]);
      return { record, acted: true };
    });
  }

  private reply(record: LinkedStepRecord, attempt: number): NewEvent {
    return {
      type: this.replyType,
      data: {
        runId: record.runId,
        dossierCode: record.dossierCode,
        step: record.step,
        attempt,
        outcome: record.outcome,
        ...(record.reasonCode ? { reasonCode: record.reasonCode } : {}),
        ...(record.reason ? { reason: record.reason } : {}),
        ...record.output,
        occurredAt: record.decidedAt.toISOString(),
      },
    };
  }
}

/**
 * The refusal a domain error means when its code is one of `codes` (domain code → reasonCode): the error's title,
 * and its detail when it has one, with any 12-digit number masked (a reason never carries a personal ID number).
 */
export function refusalOfDomainError(
  error: unknown,
  codes: Readonly<Record<string, string>>,
): LinkedStepRefusal | undefined {
  if (!isDomainError(error) || !Object.hasOwn(codes, error.code)) return undefined;
  const words = error.detail ? `${error.title}: ${error.detail}` : error.title;
  return { reasonCode: codes[error.code], reason: words.replace(/\d{12}/g, '(ID number)').slice(0, 500) };
}
