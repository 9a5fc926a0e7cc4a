// Public API of @d06/observability: tracing, logging, metrics and health probes shared by every service.
export { startTracing, flushTracing, isTracingStarted } from './tracing/start-tracing';
export type { TracingOptions, ShutdownTracing } from './tracing/start-tracing';
export { activeTraceIds, currentTraceparent, withExtractedContext } from './tracing/trace-context';
export type { ActiveTraceIds } from './tracing/trace-context';

export { createLogger } from './logging/create-logger';
export type { CreateLoggerOptions } from './logging/create-logger';
export { resolveLogLevel } from './logging/pino-options';
export { maskPersonalIds, maskPersonalIdsInText, maskPersonalId } from './logging/personal-id-masking';
export { maskPersonalIdsInLogLine } from './logging/log-line-masking';
export { PinoLogger, InjectPinoLogger } from 'nestjs-pino';
export type { Logger } from 'pino';

export { metricsRegistry, configureMetrics } from './metrics/metrics-registry';

export { READINESS_CHECKS, DEFAULT_READINESS_TIMEOUT_MS } from './health/readiness-check';
export type { ReadinessCheck } from './health/readiness-check';

export { ObservabilityModule, useObservabilityLogger } from './observability.module';
export type { ObservabilityOptions, ReadinessChecksFactory } from './observability.options';
