import { threadId } from 'node:worker_threads';
import type { EventReducer } from '../../src';
import { testContracts, type Thing } from '../test-catalog';

/** What the test reducer makes of a batch: the `n` of every event it was given, in order. */
export interface SeenThings {
  readonly ns: number[];
  /** The threads that reduced them. */
  readonly threads: number[];
}

/** A thing with this `n` makes the reducer fail the first time it sees it (in each thread). */
export const FAILS_ONCE = 13;
let failed = false;

/** Arms the failure again in this thread (worker threads start armed). */
export function failOnceAgain(): void {
  failed = false;
}

/** The reduced-batch contract's reducer; worker threads load it from this module by path. */
export const eventReducer: EventReducer<SeenThings> = {
  contracts: testContracts().contracts,
  reduce(events, into) {
    const ns = into ? [...into.ns] : [];
    const threads = [...(into?.threads ?? []), threadId];
    for (const event of events) {
      const { n } = event.data as Thing;
      if (n === FAILS_ONCE && !failed) {
        failed = true;
        throw new Error(`the reducer fails once on ${n}`);
      }
      ns.push(n);
    }
    return { ns, threads };
  },
};
