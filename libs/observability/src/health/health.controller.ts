import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from '../observability.options';
import {
  DEFAULT_READINESS_TIMEOUT_MS,
  READINESS_CHECKS,
  runReadinessCheck,
  type ReadinessCheck,
} from './readiness-check';

/**
 * Kubernetes-style probes. Live: the process answers (restart it if not). Ready: every registered dependency
 * check passes (take it out of the load balancer if not); 503 names the failing checks.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
    @Inject(OBSERVABILITY_OPTIONS) private readonly options: ObservabilityOptions,
  ) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    const timeoutMs = this.options.readinessTimeoutMs ?? DEFAULT_READINESS_TIMEOUT_MS;
    return this.health.check(
      this.checks.map((check) => () => runReadinessCheck(check, this.indicators, timeoutMs)),
    );
  }
}
