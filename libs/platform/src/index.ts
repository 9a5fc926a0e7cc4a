export { loadEnv, type EnvSource } from './env/load-env';
export { EnvValidationError, type EnvIssue } from './env/env-validation.error';
export {
  port,
  databaseUrl,
  kafkaBrokers,
  redisUrl,
  sqlIdentifier,
  kafkaTopicPrefix,
  serviceEnv,
} from './env/env-fields';
export {
  DomainError,
  isDomainError,
  type DomainErrorOptions,
  type ErrorCatalog,
  type ErrorSpec,
  type FieldError,
} from './errors/domain-error';
export { RequestValidationError, type RequestValidationErrorCode } from './errors/request-validation.error';
export { PROBLEM_JSON, PROBLEM_TYPE_BASE, problemTypeUri, type ProblemDetails } from './http/problem-details';
export { toProblemDetails } from './http/problem-mapper';
export { ProblemDetailsFilter } from './http/problem-details.filter';
export { ZodValidationPipe } from './http/zod-validation.pipe';
export { CLOCK, SystemClock, type Clock } from './clock/clock';
export { VirtualClock, type RealTimeSource } from './clock/virtual-clock';
export { configureHttpApp } from './http/configure-http-app';
export { ClockModule } from './clock/clock.module';
export { SharedClockFollower } from './clock/shared-clock-follower';
export {
  SharedClockController,
  type SharedClockControllerOptions,
  type SharedClockStart,
} from './clock/shared-clock-controller';
export { type SharedClockOptions } from './clock/shared-clock-redis';
export {
  DEFAULT_SHARED_CLOCK_PREFIX,
  sharedClockKeys,
  type SharedClockState,
} from './clock/shared-clock-state';
export { clockFromEnv } from './clock/clock-from-env';
export { ApiZodBody, openApiSchemaOf, setupOpenApi } from './http/openapi';
export { CALLER_HEADERS, callerSchema, type CallerContext, type CallerPolicy } from './caller/caller-context';
export { CallerError, type CallerErrorCode } from './caller/caller.error';
export { createCallerDecorator } from './caller/caller.decorator';
export { ApiCallerHeaders } from './caller/api-caller-headers.decorator';
