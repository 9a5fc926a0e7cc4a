import { RequestValidationError, type FieldError } from '@d06/platform';
import { SimulatorError } from '../app/simulator.errors';

interface GatewayProblem {
  code?: string;
  detail?: string;
  errors?: FieldError[];
}

/**
 * The gateway's faults admin API (`/admin/faults/{serviceId}`, with its admin key). Its refusals come back as this
 * service's problems: a bad spec is a 400 with the gateway's field errors, an unknown service a 404, anything
 * else (unreachable, wrong admin key, 5xx) a 502 naming the gateway.
 */
export class GatewayAdminClient {
  constructor(
    private readonly gatewayUrl: string,
    private readonly adminKey: string,
  ) {}

  async setFaults(serviceId: string, spec: unknown): Promise<{ serviceId: string; faults: unknown }> {
    const { status, body } = await this.call('PUT', serviceId, spec);
    if (status === 200) return body as { serviceId: string; faults: unknown };
    throw this.refusal(status, body, serviceId);
  }

  async clearFaults(serviceId: string): Promise<void> {
    const { status, body } = await this.call('DELETE', serviceId);
    if (status !== 204 && status !== 200) throw this.refusal(status, body, serviceId);
  }

  /** The services of the gateway's registry (what faults can be set on), from GET /admin/registry. */
  async services(): Promise<{ id: string; name: string; url: string }[]> {
    const { status, body } = await this.request('GET', `${this.gatewayUrl}/admin/registry`);
    if (status !== 200) throw this.refusal(status, body, 'the registry');
    return (body as { services: { id: string; name: string; url: string }[] }).services;
  }

  private call(method: string, serviceId: string, body?: unknown) {
    return this.request(method, `${this.gatewayUrl}/admin/faults/${encodeURIComponent(serviceId)}`, body);
  }

  /** The faults injected at the gateway now, whoever set them. */
  async injectedFaults(): Promise<{ serviceId: string; faults: unknown }[]> {
    const { status, body } = await this.request('GET', `${this.gatewayUrl}/admin/faults`);
    if (status !== 200) throw this.refusal(status, body, 'the injected faults');
    return (body as { faults: { serviceId: string; faults: unknown }[] }).faults;
  }

  private async request(method: string, url: string, body?: unknown) {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          'x-admin-key': this.adminKey,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      const reason = (error as { cause?: Error }).cause?.message ?? (error as Error).message;
      throw new SimulatorError('GATEWAY_UNREACHABLE', {
        detail: `the gateway at ${this.gatewayUrl} did not answer (${reason})`,
      });
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: response.status, body: parsed };
  }

  private refusal(status: number, body: unknown, serviceId: string): Error {
    const problem = (typeof body === 'object' && body !== null ? body : {}) as GatewayProblem;
    if (status === 400) {
      return new RequestValidationError('VALIDATION_FAILED', {
        detail: `the gateway refused the fault spec: ${problem.detail ?? 'invalid'}`,
        errors: problem.errors,
      });
    }
    if (status === 404 && problem.code === 'NO_FAULTS')
      return new SimulatorError('NO_FAULTS', {
        detail: `${serviceId} has no injected faults at the gateway`,
      });
    if (status === 404) {
      return new SimulatorError('UNKNOWN_GATEWAY_SERVICE', {
        detail: problem.detail ?? `${serviceId} is not a service of the gateway's registry`,
      });
    }
    if (status === 401) {
      return new SimulatorError('GATEWAY_REFUSED', {
        detail: "the gateway refused this simulator's admin key: set GATEWAY_ADMIN_KEY to the gateway's",
      });
    }
    return new SimulatorError('GATEWAY_REFUSED', {
      detail: `the gateway answered ${status}${problem.detail ? `: ${problem.detail}` : ''}`,
    });
  }
}
