import { ServiceUnavailableError, type CallResult, type ServiceClient } from './service-client';

export const CARD_CHECKS_PATH = '/v1/card-checks';
const BATCH_PATH = `${CARD_CHECKS_PATH}/batch`;
/** BHYT's limit on a list (CARD_CHECK_BATCH_MAX). */
const MAX_BATCH = 500;
/** Lists on their way at once; lookups that come meanwhile wait for the next list. */
const MAX_IN_FLIGHT = 2;
/** How often one check may come back "not recorded" (503) before the lookup is given up, as a single call's retries. */
const MAX_ATTEMPTS = 21;

export type CardCheckAnswer = { success?: boolean; resultCode?: string };

interface Pending {
  readonly check: unknown;
  readonly at: number;
  attempts: number;
  readonly resolve: (result: CallResult<CardCheckAnswer>) => void;
  readonly reject: (error: Error) => void;
}

type BatchItem = { status: number; answer?: CardCheckAnswer; problem?: unknown };

/**
 * The simulated facilities' card checks, sent to BHYT as lists (`POST /v1/card-checks/batch`) instead of a call
 * each: the lookups a wave makes side by side go together, so BHYT and the runner pay one HTTP exchange per list
 * rather than per lookup. Each lookup still gets its own answer — the status and body its single call would have
 * had — and BHYT records each as a lookup of its own, so the ledger and the report do not change. Checks made at
 * different business times never share a list. With HTTP faults on card checks the scenario's per-call faults
 * decide, so the caller then makes single calls (see `ServiceClient.hasFaultsOn`).
 */
export class CardCheckBatcher {
  private queue: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly client: ServiceClient) {}

  check(check: unknown, businessTime: Date): Promise<CallResult<CardCheckAnswer>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ check, at: businessTime.getTime(), attempts: 0, resolve, reject });
      this.schedule();
    });
  }

  /** Sends the next list once the lookups of this turn have joined the queue. */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= MAX_IN_FLIGHT || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.sendNext();
    });
  }

  private sendNext(): void {
    if (this.inFlight >= MAX_IN_FLIGHT || this.queue.length === 0) return;
    const at = this.queue[0].at;
    const list: Pending[] = [];
    const rest: Pending[] = [];
    for (const pending of this.queue) {
      if (pending.at === at && list.length < MAX_BATCH) list.push(pending);
      else rest.push(pending);
    }
    this.queue = rest;
    this.inFlight += 1;
    void this.send(list, new Date(at)).finally(() => {
      this.inFlight -= 1;
      this.schedule();
    });
    this.schedule();
  }

  private async send(list: readonly Pending[], businessTime: Date): Promise<void> {
    let results: BatchItem[];
    try {
      const reply = await this.client.call<{ results?: BatchItem[] }>('POST', BATCH_PATH, {
        body: { checks: list.map((pending) => pending.check) },
        businessTime,
      });
      if (reply.status !== 200 || reply.body?.results?.length !== list.length)
        throw new Error(`BHYT refused a list of ${list.length} card checks: HTTP ${reply.status}`);
      results = reply.body.results;
    } catch (error) {
      for (const pending of list) pending.reject(error as Error);
      return;
    }
    list.forEach((pending, i) => {
      const item = results[i];
      pending.attempts += 1;
      // not recorded (503): the single call would have been tried again, so is this check
      if (item.status >= 502 && item.status <= 504) {
        if (pending.attempts < MAX_ATTEMPTS) this.queue.push(pending);
        else pending.reject(new ServiceUnavailableError('bhyt', `HTTP ${item.status}`));
        return;
      }
      pending.resolve({ status: item.status, body: (item.answer ?? item.problem) as CardCheckAnswer });
    });
  }
}
