import { Inject, Injectable } from '@nestjs/common';
import { RequestValidationError } from '@d06/platform';
import {
  DEFAULT_GATEWAY_ADMIN_KEY,
  SIMULATOR_OPTIONS,
  type SimulatorOptions,
} from '../app/simulator-options';
import { SimulatorError } from '../app/simulator.errors';
import { faultSpecErrors } from './fault-spec.validator';
import { GatewayAdminClient } from './gateway-admin.client';

export interface FaultsEntry {
  readonly serviceId: string;
  readonly faults: unknown;
  readonly setAt: string;
}

/**
 * Faults injected at the gateway's exchange layer through this simulator. The gateway's admin API can set and
 * remove them but not read them back, so what was set here is remembered here (and answered by GET).
 */
@Injectable()
export class GatewayFaults {
  private readonly client: GatewayAdminClient;
  private readonly book = new Map<string, FaultsEntry>();

  constructor(@Inject(SIMULATOR_OPTIONS) options: SimulatorOptions) {
    const url = options.gatewayUrl ?? options.environment.urls.gateway ?? 'http://127.0.0.1:8080';
    const key = options.gatewayAdminKey ?? process.env.GATEWAY_ADMIN_KEY ?? DEFAULT_GATEWAY_ADMIN_KEY;
    this.client = new GatewayAdminClient(url.replace(/\/+$/, ''), key);
  }

  list(): FaultsEntry[] {
    return [...this.book.values()];
  }

  get(serviceId: string): FaultsEntry {
    const entry = this.book.get(serviceId);
    if (!entry)
      throw new SimulatorError('NO_FAULTS', {
        detail: `no faults were set for ${serviceId} through this simulator`,
      });
    return entry;
  }

  async set(serviceId: string, spec: unknown): Promise<FaultsEntry> {
    const errors = faultSpecErrors(spec);
    if (errors.length > 0) {
      throw new RequestValidationError('VALIDATION_FAILED', {
        detail: `Invalid fault spec: ${[...new Set(errors.map((e) => e.field))].join(', ')}.`,
        errors,
      });
    }
    const answer = await this.client.setFaults(serviceId, spec);
    const entry = { serviceId, faults: answer.faults, setAt: new Date().toISOString() };
    this.book.set(serviceId, entry);
    return entry;
  }

  async clear(serviceId: string): Promise<void> {
    try {
      await this.client.clearFaults(serviceId);
    } catch (error) {
      // none at the gateway (cleared elsewhere): nothing to remember either
      if (error instanceof SimulatorError && error.code === 'NO_FAULTS') this.book.delete(serviceId);
      throw error;
    }
    this.book.delete(serviceId);
  }
}
