import type { INestApplication } from '@nestjs/common';
import type { CloudEvent } from 'cloudevents';
import { TOPICS } from '@d06/contracts';
import { EVENT_BUS, type EventBus, type NewEvent, type SubscriptionHandle } from '@d06/messaging';
import { VirtualClock } from '@d06/platform';
import { DataSource } from 'typeorm';
import { createGatewayApp, gatewayConfig } from '../../src';
import { MonitoringShipperService } from '../../src/monitoring/monitoring-shipper.service';

/** What a test sees of a gateway answer. */
export interface GatewayAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;

  readonly body: any;
}

/** A running gateway (one tier) on a virtual clock, with a listener on exchange.calls.v1 and its database. */
export class GatewayHarness {
  readonly records: CloudEvent<Record<string, any>>[] = [];
  private subscription: SubscriptionHandle | undefined;

  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly clock: VirtualClock,
    readonly schema: string,
  ) {}

  static async start(
    env: Record<string, string>,
    businessStart = '2023-09-12T01:05:00Z',
  ): Promise<GatewayHarness> {
    const clock = new VirtualClock(new Date(businessStart));
    const config = gatewayConfig({ PORT: '0', GATEWAY_REGISTRY_REFRESH_MS: '60000', ...env });
    const app = await createGatewayApp(config, { clock });
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const harness = new GatewayHarness(app, url, clock, config.DB_SCHEMA);
    harness.subscription = await harness.bus.subscribe({
      group: `test-listener-${config.DB_SCHEMA}-${config.GATEWAY_TIER}`,
      topics: [TOPICS.exchange],
      handler: async ({ event }) => void harness.records.push(event as CloudEvent<Record<string, any>>),
    });
    return harness;
  }

  get bus(): EventBus {
    return this.app.get<EventBus>(EVENT_BUS);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  async call(
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: unknown,
  ): Promise<GatewayAnswer> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, text, body: parsed };
  }

  admin(
    method: string,
    path: string,
    body?: unknown,
    key = 'gateway-admin-simulator-key',
  ): Promise<GatewayAnswer> {
    return this.call(method, path, { 'x-admin-key': key }, body);
  }

  async publish(event: NewEvent): Promise<void> {
    await this.bus.publish([event]);
  }

  /** Waits until the message log and the monitoring queue have written everything so far. */
  async settle(): Promise<void> {
    await this.app.get(MonitoringShipperService).flush();
  }

  async logRows(where = 'true', params: unknown[] = []): Promise<Record<string, any>[]> {
    await this.settle();
    return this.dataSource.query(
      `SELECT * FROM "${this.schema}"."message_log" WHERE ${where} ORDER BY chain, seq`,
      params,
    );
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    await this.app.close();
  }
}
