import type { InjectionToken, ModuleMetadata, OptionalFactoryDependency } from '@nestjs/common';
import type { DestinationStream, LevelWithSilent } from 'pino';
import type { ReadinessCheck } from './health/readiness-check';

/** Readiness checks built from the service's own providers (a DataSource, the broker client, …). */
export interface ReadinessChecksFactory {
  /** Modules exporting the injected providers, unless they are global. */
  imports?: ModuleMetadata['imports'];
  inject?: Array<InjectionToken | OptionalFactoryDependency>;
  useFactory: (...dependencies: never[]) => ReadinessCheck[] | Promise<ReadinessCheck[]>;
}

export interface ObservabilityOptions {
  /** Log `name`, the `service` label of every metric. */
  serviceName: string;
  /** What `GET /health/ready` checks: a fixed list, or a factory with `inject` for checks that need providers. */
  readiness?: ReadinessCheck[] | ReadinessChecksFactory;
  /** Per-check limit in ms (default 2000); a slower check counts as failed. */
  readinessTimeoutMs?: number;
  /** Overrides `LOG_LEVEL`. */
  logLevel?: LevelWithSilent;
  /** Where log lines go (stdout by default); tests capture them here. */
  logDestination?: DestinationStream;
}

export const OBSERVABILITY_OPTIONS = Symbol('OBSERVABILITY_OPTIONS');
