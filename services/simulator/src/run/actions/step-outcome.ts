import type { CallResult } from '../service-client';

/** What one action came to: done, refused or failed by a service (with why), or not carried out. */
export interface StepOutcome {
  readonly status: 'ok' | 'failed' | 'skipped';
  readonly detail?: string;
}

export const DONE: StepOutcome = { status: 'ok' };

export function ok(result: CallResult): boolean {
  return result.status >= 200 && result.status < 300;
}

/** A failed call as an outcome: its status and the problem's detail (or title). */
export function failed(result: CallResult): StepOutcome {
  const body = result.body as { title?: string; detail?: string } | undefined;
  return { status: 'failed', detail: `HTTP ${result.status} ${body?.detail ?? body?.title ?? ''}`.trim() };
}

export function skipped(detail: string): StepOutcome {
  return { status: 'skipped', detail };
}

/** Waits between polls of a service that finishes work on its own schedule. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
