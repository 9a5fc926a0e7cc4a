/**
 * kafkajs 2.2.4 re-arms a 1 ms timer for every request queue (one per broker connection) after each response,
 * whether or not anything waits in it (kafkajs issues #1556 and #1704, unreleased fix in PR #1667): every
 * producer, admin and consumer connection spins the event loop a thousand times a second, about 4 % of a core
 * per idle service here and more under load. This restores the intended rule — a later check is needed only
 * while requests wait (throttled or over the in-flight limit) or a broker's throttle runs — on the class
 * itself, once per process, before any client connects. Import it for its effect wherever a Kafka client is
 * made.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- kafkajs publishes no typings for its internals
const RequestQueue = require('kafkajs/src/network/requestQueue') as RequestQueueClass;

/** The part of kafkajs' internal RequestQueue this fix reads and replaces. */
export interface RequestQueueState {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
  destroy(): void;
}

interface RequestQueueClass {
  prototype: RequestQueueState;
  new (options: Record<string, unknown>): RequestQueueState;
}

/** kafkajs' own interval for a queue that waits on its in-flight limit rather than a throttle. */
const CHECK_PENDING_REQUESTS_INTERVAL_MS = 10;

function scheduleCheckPendingRequests(this: RequestQueueState): void {
  if (this.throttleCheckTimeoutId) return;
  const throttledFor = this.throttledUntil - Date.now();
  let delayMs: number;
  if (this.pending.length > 0) delayMs = throttledFor > 0 ? throttledFor : CHECK_PENDING_REQUESTS_INTERVAL_MS;
  else if (throttledFor > 0) delayMs = throttledFor;
  // nothing waits and no throttle runs: a request pushed later sends at once or schedules its own check
  else return;
  this.throttleCheckTimeoutId = setTimeout(() => {
    this.throttleCheckTimeoutId = null;
    this.checkPendingRequests();
  }, delayMs);
}

RequestQueue.prototype.scheduleCheckPendingRequests = scheduleCheckPendingRequests;

/** kafkajs' RequestQueue as this process runs it (for tests). */
export const KafkaRequestQueue = RequestQueue;
