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
 * `OTEL_METRICS_EXPORTER` says) when it is set; otherwise they are created and dropped, so trace ids in logs and `traceparent` propagation still
 * work and nothing tries (and fails, loudly) to reach a collector. A second call is a no-op returning the same
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

/** Exports the spans still buffered (before the process exits); a no-op when tracing is off. */
export async function flushTracing(): Promise<void> {
  await state?.processor.forceFlush();
}

/** Whether `startTracing` has run in this process. */
export function isTracingStarted(): boolean {
  return state !== undefined;
}
