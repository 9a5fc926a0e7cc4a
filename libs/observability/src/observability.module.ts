import {
  Inject,
  Module,
  type DynamicModule,
  type INestApplication,
  type OnApplicationShutdown,
  type OnModuleInit,
  type Provider,
} from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Logger, LoggerErrorInterceptor, LoggerModule } from 'nestjs-pino';
import { HealthController } from './health/health.controller';
import { READINESS_CHECKS, type ReadinessCheck } from './health/readiness-check';
import { pinoHttpParam } from './logging/http-logger-options';
import { configureMetrics } from './metrics/metrics-registry';
import { MetricsController } from './metrics/metrics.controller';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from './observability.options';
import { flushTracing } from './tracing/start-tracing';

/**
 * Logs, metrics and probes for a Nest service: nestjs-pino (request logs with trace ids, personal IDs masked),
 * `GET /metrics`, `GET /health/live` and `GET /health/ready`. Import it once, in the root module.
 */
@Module({})
export class ObservabilityModule implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(OBSERVABILITY_OPTIONS) private readonly options: ObservabilityOptions) {}

  static forRoot(options: ObservabilityOptions): DynamicModule {
    const readiness = options.readiness ?? [];
    const checks: Provider = Array.isArray(readiness)
      ? { provide: READINESS_CHECKS, useValue: readiness }
      : {
          provide: READINESS_CHECKS,
          inject: readiness.inject ?? [],
          useFactory: readiness.useFactory as (...dependencies: unknown[]) => Promise<ReadinessCheck[]>,
        };
    return {
      module: ObservabilityModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: pinoHttpParam(options.serviceName, {
            level: options.logLevel,
            destination: options.logDestination,
          }),
        }),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        ...(Array.isArray(readiness) ? [] : (readiness.imports ?? [])),
      ],
      controllers: [HealthController, MetricsController],
      providers: [{ provide: OBSERVABILITY_OPTIONS, useValue: options }, checks],
    };
  }

  onModuleInit(): void {
    configureMetrics({ serviceName: this.options.serviceName });
  }

  /** Spans still buffered are exported before the process exits (Nest re-raises the signal right after close). */
  async onApplicationShutdown(): Promise<void> {
    await flushTracing();
  }
}

/**
 * Routes Nest's own logging (bootstrap, exceptions) through the pino logger and attaches thrown errors to the request
 * log line. Call right after `NestFactory.create(AppModule, { bufferLogs: true })`.
 */
export function useObservabilityLogger(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  app.useGlobalInterceptors(new LoggerErrorInterceptor());
}
