import { Injectable } from '@nestjs/common';
import { toProblemDetails, type ProblemDetails } from '@d06/platform';
import { CardCheckService, type CardCheckAnswer } from './card-check.service';

/** One item's outcome, in the order of the request: the single call's status with its body. */
export type CardCheckBatchItem =
  | { readonly status: 200; readonly answer: CardCheckAnswer }
  | { readonly status: number; readonly problem: ProblemDetails };

/**
 * A list of check-in lookups in one call. Each item is the single lookup — same checks, same answer or problem,
 * one lookup event each — so a list costs BHXH the lookups it holds, and the caller one round trip: the items run
 * side by side, their cache reads pipelined and their events committed in the same group. An item that could not
 * be recorded answers 503 on its own; the others stand.
 */
@Injectable()
export class CardCheckBatchService {
  constructor(private readonly checks: CardCheckService) {}

  /** The checks of a batch whose envelope is valid (`cardCheckBatchRequest`), each checked on its own. */
  async check(checks: readonly unknown[]): Promise<{ results: CardCheckBatchItem[] }> {
    const results = await Promise.all(
      checks.map((item) =>
        this.checks.check(item).then(
          (answer): CardCheckBatchItem => ({ status: 200, answer }),
          (error: unknown): CardCheckBatchItem => {
            const problem = toProblemDetails(error);
            return { status: problem.status, problem };
          },
        ),
      ),
    );
    return { results };
  }
}
