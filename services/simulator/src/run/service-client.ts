import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { request, type Dispatcher } from 'undici';
import type { HttpFault, ServiceName } from '../scenario/scenario.types';

export interface CallResult<T = unknown> {
  readonly status: number;
  readonly body: T;
}

export class ServiceUnavailableError extends Error {
  constructor(
    readonly service: ServiceName,
    reason: string,
  ) {
    super(`${service} is not reachable: ${reason}`);
  }
}

const RETRIES = 20;
/** How long one attempt may wait for the answer's headers, then its body, before the simulated client gives up on it (and tries again). */
const ATTEMPT_TIMEOUT_MS = 120_000;

/**
 * JSON over HTTP to one service, with the caller headers every call states, the scenario's latency and error-rate
 * faults, and retries while a service is down or restarting (connection refused, 502–504, an injected error): a
 * simulated client insists, so a crash drill or an error rate delays actions but does not lose them.
 */
export class ServiceClient {
  /** Calls failed by the scenario's error-rate faults (each then retried). */
  injectedErrors = 0;

  constructor(
    readonly service: ServiceName,
    private readonly baseUrl: string,
    private readonly faults: readonly HttpFault[] = [],
  ) {}

  async call<T = unknown>(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; businessTime?: Date } = {},
  ): Promise<CallResult<T>> {
    await this.injectLatency(method, path, options.businessTime);
    let lastError = '';
    for (let attempt = 0; attempt <= RETRIES; attempt += 1) {
      if (attempt > 0) await sleep(Math.min(50 * 2 ** attempt, 1_000));
      if (this.injectsError(method, path, options.businessTime, attempt)) {
        this.injectedErrors += 1;
        lastError = 'HTTP 503 (injected by the scenario)';
        continue;
      }
      try {
        // undici's own request, not fetch: a run makes hundreds of thousands of calls, and fetch's web streams
        // and abort signals cost several times the call itself
        const response = await request(`${this.baseUrl}${path}`, {
          method: method as Dispatcher.HttpMethod,
          headers: { 'content-type': 'application/json', ...options.headers },
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          headersTimeout: ATTEMPT_TIMEOUT_MS,
          bodyTimeout: ATTEMPT_TIMEOUT_MS,
        });
        if (response.statusCode >= 502 && response.statusCode <= 504) {
          await response.body.dump();
          lastError = `HTTP ${response.statusCode}`;
          continue;
        }
        const text = await response.body.text();
        return { status: response.statusCode, body: (text ? safeJson(text) : undefined) as T };
      } catch (error) {
        lastError =
          error instanceof Error
            ? ((error.cause as Error | undefined)?.message ?? error.message)
            : String(error);
      }
    }
    throw new ServiceUnavailableError(this.service, lastError);
  }

  /** Whether the service answers its liveness probe (a missing one is simply not part of the run). */
  async reachable(): Promise<boolean> {
    try {
      const response = await fetch(`${this.baseUrl}/health/live`, { signal: AbortSignal.timeout(2_000) });
      return response.ok;
    } catch {
      return false;
    }
  }

  /** Whether any of the scenario's faults may touch calls to this endpoint, at any business time. */
  hasFaultsOn(method: string, path: string): boolean {
    return this.matching(method, path).length > 0;
  }

  private matching(method: string, path: string, at?: Date): HttpFault[] {
    return this.faults.filter(
      (fault) =>
        fault.service === this.service &&
        (!fault.endpoint || `${method} ${path}`.startsWith(fault.endpoint)) &&
        !(fault.window && at && (at < new Date(fault.window.from) || at > new Date(fault.window.to))),
    );
  }

  /**
   * Whether this attempt fails as the scenario's error rate says: a draw from the call's own identity (method,
   * path, business time, attempt), so the same scenario fails the same attempts on every run.
   */
  private injectsError(method: string, path: string, at: Date | undefined, attempt: number): boolean {
    const rate = Math.max(0, ...this.matching(method, path, at).map((fault) => fault.errorRate ?? 0));
    if (rate === 0) return false;
    const digest = createHash('sha256')
      .update(`${method} ${path} ${at?.toISOString() ?? ''} ${attempt}`)
      .digest();
    return digest.readUInt32BE(0) / 2 ** 32 < rate;
  }

  private async injectLatency(method: string, path: string, at?: Date): Promise<void> {
    for (const fault of this.matching(method, path, at)) {
      if (!fault.latencyMs) continue;
      const { min, max } = fault.latencyMs;
      // deterministic within the range: the path's length picks the point
      await sleep(min + ((path.length * 7919) % Math.max(max - min + 1, 1)));
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Caller headers of the simulated systems (never a personal ID number). */
export function callerHeaders(
  role: string,
  id = 'd06-simulator',
  agency = 'G01.SIM',
): Record<string, string> {
  return {
    'x-caller-type': 'system',
    'x-caller-id': id,
    'x-caller-agency': agency,
    'x-caller-role': role,
    'x-purpose': 'simulation',
  };
}
