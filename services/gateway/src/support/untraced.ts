import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';

const SUPPRESSED = suppressTracing(ROOT_CONTEXT);

/**
 * Runs background work (message-log batches, monitoring shipping, cache and rate-limit round trips of the data
 * plane) with tracing suppressed: it belongs to no request, and the pg, ioredis and kafkajs instrumentations would
 * otherwise start a root span for each query or command.
 */
export function untraced<T>(work: () => T): T {
  return context.with(SUPPRESSED, work);
}
