import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { KafkaJsInstrumentation } from '@opentelemetry/instrumentation-kafkajs';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK, tracing } from '@opentelemetry/sdk-node';
import type { IncomingMessage } from 'node:http';
import { isProbePath } from '../probe-paths';
import { MaskingSpanExporter } from './masking-span-exporter';

export interface TracingOptions {
  /** `service.name` of every span (population, vneid, …). */
  serviceName: string;
}

/** Flushes pending spans and stops the SDK; resolves once done. */
export type ShutdownTracing = () => Promise<void>;

interface TracingState {
  processor: tracing.SpanProcessor;
  shutdown: ShutdownTracing;
}

let state: TracingState | undefined;

/**
 * Starts OpenTelemetry for this process: HTTP, pg, ioredis and kafkajs instrumentation (kafkajs carries the trace
 * context in message headers), W3C trace context propagation and spans with real ids.
 *
 * Instrumentation patches modules as they are loaded, so call it before anything imports `pg`, `ioredis`,
 * `kafkajs` or the Nest HTTP adapter: from a `tracing.ts` that is the first import of `main.ts`.
 *
 * Spans go to `OTEL_EXPORTER_OTLP_ENDPOINT` (OTLP over HTTP, personal ID numbers masked; plus OTLP metrics as
 * `OTEL_METRICS_EXPORTER` says) when it is set. Otherwise nothing reads them, so a new trace is not recorded: its
 * context (real ids, sampled flag off) still reaches logs and `traceparent` headers, nothing tries to reach a
 * collector, and the services save the tenth of their CPU that recording every span cost. A caller's sampled trace
 * is still honoured, and `OTEL_TRACES_SAMPLER` overrides both choices. A second call is a no-op returning the same
 * shutdown function.
 */
export function startTracing(options: TracingOptions): ShutdownTracing {
  if (state) return state.shutdown;
  const exporting = Boolean(process.env.OTEL_EXPORTER_OTLP_ENDPOINT);
  const processor: tracing.SpanProcessor = exporting
    ? new tracing.BatchSpanProcessor(new MaskingSpanExporter(new OTLPTraceExporter()))
    : new tracing.NoopSpanProcessor();
  const sdk = new NodeSDK({
    serviceName: options.serviceName,
    spanProcessors: [processor],
    ...(exporting || process.env.OTEL_TRACES_SAMPLER ? {} : { sampler: unrecordedNewTraces() }),
    // pino writes logs to stdout; the OTel log pipeline stays off.
    logRecordProcessors: [],
    // Without a collector, no metric reader: prom-client's /metrics is the pull path.
    ...(exporting ? {} : { metricReaders: [] }),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => isProbePath(request.url),
      }),
      new PgInstrumentation(),
      new IORedisInstrumentation(),
      new KafkaJsInstrumentation(),
    ],
  });
  sdk.start();
  const current: TracingState = { processor, shutdown: () => sdk.shutdown() };
  state = current;
  return current.shutdown;
}

/** Records only traces a caller already samples: new ones propagate their context without recording spans. */
function unrecordedNewTraces(): tracing.Sampler {
  return new tracing.ParentBasedSampler({ root: new tracing.AlwaysOffSampler() });
}

/** Exports the spans still buffered (before the process exits); a no-op when tracing is off. */
export async function flushTracing(): Promise<void> {
  await state?.processor.forceFlush();
}

/** Whether `startTracing` has run in this process. */
export function isTracingStarted(): boolean {
  return state !== undefined;
}
