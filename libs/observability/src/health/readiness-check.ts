import type { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { maskPersonalIdsInText } from '../logging/personal-id-masking';

/** One dependency the service needs before it can take traffic (database, broker, cache, …). */
export interface ReadinessCheck {
  /** Key in the /health/ready body, e.g. `database`. */
  name: string;
  /** Resolves true when the dependency is usable; false or a rejection marks the service not ready. */
  check: () => Promise<boolean>;
}

/** Injection token of the `ReadinessCheck[]` that `GET /health/ready` runs. */
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

/** Default limit per check: a probe must answer before the orchestrator's own timeout. */
export const DEFAULT_READINESS_TIMEOUT_MS = 2_000;

/** Runs one check as a terminus indicator: up, or down with the reason (false, error message, or timeout). */
export async function runReadinessCheck(
  readiness: ReadinessCheck,
  indicators: HealthIndicatorService,
  timeoutMs: number,
): Promise<HealthIndicatorResult> {
  const indicator = indicators.check(readiness.name);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const ok = await Promise.race([readiness.check(), timeout]);
    return ok ? indicator.up() : indicator.down({ message: 'check failed' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return indicator.down({ message: maskPersonalIdsInText(reason) });
  } finally {
    clearTimeout(timer);
  }
}
