import type { ArgumentMetadata } from '@nestjs/common';
import { toProblemDetails, ZodValidationPipe, type ProblemDetails } from '@d06/platform';
import type { z } from 'zod';

/** One item's outcome, in the order of the request: the single call's status with its body, or its problem. */
export type ListResult<T> =
  | { readonly status: number; readonly answer: T }
  | { readonly status: number; readonly problem: ProblemDetails };

export function problemResult(error: unknown): ListResult<never> {
  const problem = toProblemDetails(error);
  return { status: problem.status, problem };
}

const ITEM: ArgumentMetadata = { type: 'body' };

/** An item checked as its single call's body would be: the parsed item, or its 400 problem. */
export function parseItem<S extends z.ZodTypeAny>(
  schema: ZodValidationPipe<S>,
  item: unknown,
): { ok: true; value: z.output<S> } | { ok: false; result: ListResult<never> } {
  try {
    return { ok: true, value: schema.transform(item, ITEM) };
  } catch (error) {
    return { ok: false, result: problemResult(error) };
  }
}
