import { context, propagation, trace, type Context } from '@opentelemetry/api';

/** Ids of the active span, as they appear in log lines. */
export interface ActiveTraceIds {
  trace_id: string;
  span_id: string;
  trace_flags: string;
}

/** `trace_id` / `span_id` of the span active in the current async context, or undefined outside any span. */
export function activeTraceIds(): ActiveTraceIds | undefined {
  const spanContext = trace.getSpan(context.active())?.spanContext();
  if (!spanContext || !trace.isSpanContextValid(spanContext)) return undefined;
  return {
    trace_id: spanContext.traceId,
    span_id: spanContext.spanId,
    trace_flags: `0${spanContext.traceFlags.toString(16)}`.slice(-2),
  };
}

/**
 * The W3C `traceparent` of the active span (`00-<trace id>-<span id>-<flags>`), for carrying the trace where
 * headers are not propagated automatically, e.g. the CloudEvents `traceparent` attribute. Undefined outside a span
 * or when tracing has not been started.
 */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/**
 * Runs `fn` in a context continued from `traceparent`: spans started inside become children of the remote span,
 * so the consumer's work joins the producer's trace. A missing or malformed traceparent runs `fn` in the current
 * context.
 */
export function withExtractedContext<T>(traceparent: string | undefined, fn: () => T): T {
  if (!traceparent) return fn();
  const extracted: Context = propagation.extract(context.active(), { traceparent });
  return context.with(extracted, fn);
}
