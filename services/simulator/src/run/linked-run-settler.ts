import { setTimeout as sleep } from 'node:timers/promises';
import type { LinkedRunRef } from './action-executor';
import type { ServiceClient } from './service-client';

/** What the runner reads of a linked run (GET /v1/linked-runs/{id}). */
export interface LinkedRunView {
  readonly status?: string;
  readonly reason?: string;
  readonly withinLimit?: boolean;
  readonly steps?: readonly { readonly step: string; readonly status: string; readonly attempts?: number }[];
}

const POLL_MS = 20;

/**
 * Keeps business time from jumping over replies that real time still owes. The runner moves the paused clock from
 * action to action; the owners of a linked run's steps answer within milliseconds, but on a loaded machine not
 * always before the next jump, which would turn slowness into a missed business deadline (a failed run whose
 * earlier steps stay applied). So before each jump the runner waits until every linked run submitted so far has
 * ended. A run that does not move within `patienceMs` (its owner is down: a drill's kill or outage) is waited for
 * once; after that it is left to the saga's retries on the business clock until one of its steps moves again.
 */
export class LinkedRunSettler {
  private followed = 0;
  private readonly open = new Set<string>();
  /** Runs that did not move while waited for, with the state they were stuck in. */
  private readonly stalled = new Map<string, string>();

  constructor(
    private readonly oneStop: ServiceClient | undefined,
    private readonly submitted: () => readonly LinkedRunRef[],
    private readonly patienceMs = 2_000,
  ) {}

  async settle(): Promise<void> {
    if (!this.oneStop) return;
    const runs = this.submitted();
    for (; this.followed < runs.length; this.followed += 1) this.open.add(runs[this.followed].runId);
    const giveUpAt = performance.now() + this.patienceMs;
    for (;;) {
      const waiting = new Map<string, string>();
      const views = await linkedRunViews(this.oneStop, [...this.open]).catch(() => undefined);
      if (!views) return; // one-stop does not answer (a drill stopped it): nothing to wait for
      for (const runId of this.open) {
        const view = views.get(runId) ?? {};
        if (view.status !== undefined && view.status !== 'running') {
          this.open.delete(runId);
          this.stalled.delete(runId);
          continue;
        }
        const state = stateOf(view);
        if (this.stalled.get(runId) === state) continue;
        this.stalled.delete(runId);
        waiting.set(runId, state);
      }
      if (waiting.size === 0) return;
      if (performance.now() >= giveUpAt) {
        for (const [runId, state] of waiting) this.stalled.set(runId, state);
        return;
      }
      await sleep(POLL_MS);
    }
  }
}

/** One-stop's limit on the runs one call may ask for. */
const VIEWS_PER_CALL = 100;

/** A linked run as one-stop shows it (an empty view when it answers without one). */
export async function linkedRunView(oneStop: ServiceClient, runId: string): Promise<LinkedRunView> {
  return (await oneStop.call<LinkedRunView>('GET', `/v1/linked-runs/${runId}`)).body ?? {};
}

/** Several runs by id, read 100 to a call (GET /v1/linked-runs?ids=…); a run one-stop does not know is absent. */
export async function linkedRunViews(
  oneStop: ServiceClient,
  runIds: readonly string[],
): Promise<Map<string, LinkedRunView>> {
  const views = new Map<string, LinkedRunView>();
  for (let start = 0; start < runIds.length; start += VIEWS_PER_CALL) {
    const ids = runIds.slice(start, start + VIEWS_PER_CALL);
    const answer = await oneStop.call<{ runs?: (LinkedRunView & { runId: string })[] }>(
      'GET',
      `/v1/linked-runs?ids=${ids.join(',')}`,
    );
    if (answer.status !== 200) throw new Error(`one-stop answered ${answer.status} for linked runs`);
    for (const run of answer.body?.runs ?? []) views.set(run.runId, run);
  }
  return views;
}

/** Where a running run stands: each step's status and attempts. */
function stateOf(view: LinkedRunView): string {
  return (view.steps ?? []).map((step) => `${step.step}:${step.status}:${step.attempts ?? 0}`).join(',');
}

/** A death is in the population register once its residence-removal step is done, whatever happens after. */
export function deathRecorded(view: LinkedRunView): boolean {
  return (view.steps ?? []).some((step) => step.step === 'residence-removal' && step.status === 'completed');
}
