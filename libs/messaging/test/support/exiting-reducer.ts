import type { EventReducer } from '../../src';
import { testContracts, type Thing } from '../test-catalog';

/** A thing with this `n` makes the worker thread reducing it exit (a crash of the worker, not of the process). */
export const KILLS_WORKER = 13;

/** Reduces things to their `n`s, and exits the worker thread on KILLS_WORKER. */
export const eventReducer: EventReducer<number[]> = {
  contracts: testContracts().contracts,
  reduce(events, into) {
    const ns = [...(into ?? [])];
    for (const event of events) {
      const { n } = event.data as Thing;
      if (n === KILLS_WORKER) process.exit(3);
      ns.push(n);
    }
    return ns;
  },
};
