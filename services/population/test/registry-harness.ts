import type { INestApplication } from '@nestjs/common';
import type { CloudEvent } from 'cloudevents';
import { TOPICS } from '@d06/contracts';
import { EVENT_BUS, type EventBus, type SubscriptionHandle } from '@d06/messaging';
import { waitFor, callJson, type JsonAnswer } from '@d06/testing';
import { DataSource } from 'typeorm';
import { createPopulationApp, populationConfig } from '../src';

export type Role =
  'police' | 'civil-status' | 'insurance' | 'social' | 'one-stop' | 'health' | 'public-service';

export function callerHeaders(role: Role, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'x-caller-type': 'system',
    'x-caller-id': `test-${role}`,
    'x-caller-agency': 'G01.038.TEST',
    'x-caller-role': role,
    'x-purpose': 'integration test',
    ...extra,
  };
}

/** A running population service plus a listener on its event topic and direct database access. */
export class RegistryHarness {
  readonly events: CloudEvent<Record<string, unknown>>[] = [];
  private subscription: SubscriptionHandle | undefined;

  private constructor(
    readonly app: INestApplication,
    readonly url: string,
  ) {}

  static async start(env: Record<string, string>): Promise<RegistryHarness> {
    const app = await createPopulationApp(populationConfig({ PORT: '0', ...env }));
    await app.listen(0, '127.0.0.1');
    const harness = new RegistryHarness(app, await app.getUrl());
    harness.subscription = await app.get<EventBus>(EVENT_BUS).subscribe({
      group: `test-listener-${env.DB_SCHEMA}`,
      topics: [TOPICS.population],
      handler: async ({ event }) => void harness.events.push(event as CloudEvent<Record<string, unknown>>),
    });
    return harness;
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  async call(method: string, path: string, role: Role | undefined, body?: unknown): Promise<JsonAnswer> {
    return callJson(`${this.url}${path}`, method, role ? callerHeaders(role) : {}, body);
  }

  /** Events of a type about a citizen, once the bus has delivered what was published so far. */
  async eventsOf(
    type: string,
    idNumber: string,
    expected: number,
  ): Promise<CloudEvent<Record<string, unknown>>[]> {
    const matching = (): CloudEvent<Record<string, unknown>>[] =>
      this.events.filter((e) => e.type === type && e.data?.idNumber === idNumber);
    await waitFor(() => matching().length >= expected, {
      timeoutMs: 15_000,
      message: `${expected} × ${type}`,
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // and no more than that
    return matching();
  }

  async count(table: string): Promise<number> {
    const schema = (this.dataSource.options as { schema?: string }).schema ?? 'public';
    const [{ n }] = await this.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM "${schema}"."${table}"`,
    );
    return Number(n);
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    await this.app.close();
  }
}
