import { EVENT_CONTRACTS } from '@d06/contracts';
import type { EventReducer } from '@d06/messaging';
import { BatchDelta, type DeltaParts } from './batch-delta';
import { projectEvent } from './event-projection';

/**
 * The figure projection as an event reducer: what the metrics consumer's worker threads (METRICS_INGEST_THREADS)
 * run on each batch, and the consumer itself without them. Loaded by path in a worker: keep it free of Nest.
 */
export const eventReducer: EventReducer<DeltaParts> = {
  contracts: Object.values(EVENT_CONTRACTS),
  reduce(events, into) {
    // `into` is this thread's previous reduction of the batch (a plain copy only if it crossed threads)
    const delta = into instanceof BatchDelta ? into : new BatchDelta();
    if (into !== undefined && !(into instanceof BatchDelta)) delta.merge(into);
    for (const event of events) projectEvent(event, delta);
    return delta;
  },
};
