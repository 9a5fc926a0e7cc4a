import { ServiceUnavailableError, type CallResult, type ServiceClient } from './service-client';

/** A service's list endpoint: where lists go, the field holding their items, and the most a list may hold. */
export interface ListRoute {
  readonly path: string;
  readonly field: string;
  readonly max: number;
  /** Headers the list states for all its items (e.g. the officer acting). */
  readonly headers?: Record<string, string>;
}

/** Lists on their way at once; calls that come meanwhile wait for the next list. */
const MAX_IN_FLIGHT = 2;
/** How often one item may come back unavailable (502–504) before it is given up, as a single call's retries. */
const MAX_ATTEMPTS = 21;

interface Pending<T> {
  readonly item: unknown;
  readonly at: number;
  attempts: number;
  readonly resolve: (result: CallResult<T>) => void;
  readonly reject: (error: Error) => void;
}

type ListItemResult = { status: number; answer?: unknown; problem?: unknown };

/**
 * Calls of one kind sent to a service as lists instead of a call each: the calls a wave makes side by side go
 * together, so the service and the runner pay one HTTP exchange per list rather than per call. Each call still
 * gets its own answer — the status and body its single call would have had (the list endpoint answers
 * `{ results: [{ status, answer | problem }] }` in order) — and an item that came back unavailable is sent
 * again, as the single call would have been retried. Calls made at different business times never share a
 * list. With HTTP faults on the single calls the scenario's per-call faults decide, so the caller then makes
 * single calls (see `ServiceClient.hasFaultsOn`).
 */
export class CallLists<T> {
  private queue: Pending<T>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly client: ServiceClient,
    private readonly route: ListRoute,
  ) {}

  call(item: unknown, businessTime: Date): Promise<CallResult<T>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, at: businessTime.getTime(), attempts: 0, resolve, reject });
      this.schedule();
    });
  }

  /** Sends the next list once the calls of this turn have joined the queue. */
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
    const list: Pending<T>[] = [];
    const rest: Pending<T>[] = [];
    for (const pending of this.queue) {
      if (pending.at === at && list.length < this.route.max) list.push(pending);
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

  private async send(list: readonly Pending<T>[], businessTime: Date): Promise<void> {
    let results: ListItemResult[];
    try {
      const reply = await this.client.call<{ results?: ListItemResult[] }>('POST', this.route.path, {
        body: { [this.route.field]: list.map((pending) => pending.item) },
        headers: this.route.headers,
        businessTime,
      });
      if (reply.status !== 200 || reply.body?.results?.length !== list.length)
        throw new Error(
          `${this.client.service} refused a list of ${list.length} ${this.route.field}: HTTP ${reply.status}`,
        );
      results = reply.body.results;
    } catch (error) {
      for (const pending of list) pending.reject(error as Error);
      return;
    }
    list.forEach((pending, i) => {
      const item = results[i];
      pending.attempts += 1;
      if (item.status >= 502 && item.status <= 504) {
        if (pending.attempts < MAX_ATTEMPTS) this.queue.push(pending);
        else pending.reject(new ServiceUnavailableError(this.client.service, `HTTP ${item.status}`));
        return;
      }
      pending.resolve({ status: item.status, body: (item.answer ?? item.problem) as T });
    });
  }
}
