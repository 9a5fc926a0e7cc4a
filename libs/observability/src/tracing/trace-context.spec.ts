import { trace, type Span } from '@opentelemetry/api';
import type { tracing } from '@opentelemetry/sdk-node';
import { startTracing } from './start-tracing';
import { activeTraceIds, currentTraceparent, withExtractedContext } from './trace-context';

const tracer = () => trace.getTracer('trace-context.spec');

function inSpan<T>(name: string, fn: (span: Span) => T): T {
  return tracer().startActiveSpan(name, (span) => {
    try {
      return fn(span);
    } finally {
      span.end();
    }
  });
}

describe('trace context helpers', () => {
  // recorded spans, as with an exporter (without one, new traces are not recorded: see start-tracing.spec)
  beforeAll(() => {
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    process.env.OTEL_TRACES_SAMPLER = 'always_on';
    startTracing({ serviceName: 'trace-context-spec' });
  });

  afterAll(() => {
    delete process.env.OTEL_TRACES_SAMPLER;
  });

  it('has no traceparent and no ids outside a span', () => {
    expect(currentTraceparent()).toBeUndefined();
    expect(activeTraceIds()).toBeUndefined();
  });

  it('gives the W3C traceparent and the ids of the active span', () => {
    inSpan('producer', (span) => {
      const { traceId, spanId } = span.spanContext();
      expect(currentTraceparent()).toBe(`00-${traceId}-${spanId}-01`);
      expect(activeTraceIds()).toEqual({ trace_id: traceId, span_id: spanId, trace_flags: '01' });
    });
  });

  it('continues the producer trace on the consumer side (round trip through a message attribute)', async () => {
    const { traceparent, producer } = inSpan('publish', (span) => ({
      traceparent: currentTraceparent(),
      producer: span.spanContext(),
    }));
    expect(currentTraceparent()).toBeUndefined();

    const consumer = await withExtractedContext(traceparent, async () => {
      await Promise.resolve(); // the context survives an await
      return inSpan('consume', (span) => span as unknown as tracing.ReadableSpan);
    });

    expect(consumer.spanContext().traceId).toBe(producer.traceId);
    expect(consumer.parentSpanContext?.spanId).toBe(producer.spanId);
    expect(consumer.spanContext().spanId).not.toBe(producer.spanId);
  });

  it('runs in the current context when the traceparent is missing or malformed', () => {
    inSpan('outer', (outer) => {
      const outerTraceId = outer.spanContext().traceId;
      expect(withExtractedContext(undefined, () => activeTraceIds()?.trace_id)).toBe(outerTraceId);
      expect(withExtractedContext('00-not-a-trace', () => activeTraceIds()?.trace_id)).toBe(outerTraceId);
    });
  });
});
