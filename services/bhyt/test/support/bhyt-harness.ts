import type { INestApplication } from '@nestjs/common';
import type { CloudEvent } from 'cloudevents';
import { TOPICS } from '@d06/contracts';
import { EVENT_BUS, type EventBus, type NewEvent, type SubscriptionHandle } from '@d06/messaging';
import { VirtualClock } from '@d06/platform';
import { waitFor, callJson, type JsonAnswer } from '@d06/testing';
import { DataSource } from 'typeorm';
import { bhytConfig, createBhytApp } from '../../src';

export type BhytEvent = CloudEvent<Record<string, any>>;

/** An event as the tests read it. */
export interface SeenEvent {
  id: string;
  type: string;
  data: Record<string, any>;
}

/** A running BHYT service on a virtual clock, a listener on its topic, and direct database access. */
export class BhytHarness {
  readonly events: BhytEvent[] = [];
  private subscription: SubscriptionHandle | undefined;

  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly clock: VirtualClock,
  ) {}

  static async start(env: Record<string, string>, businessStart: string): Promise<BhytHarness> {
    const clock = new VirtualClock(new Date(businessStart));
    const app = await createBhytApp(bhytConfig({ PORT: '0', ...env }), { clock });
    await app.listen(0, '127.0.0.1');
    const harness = new BhytHarness(app, await app.getUrl(), clock);
    harness.subscription = await harness.bus.subscribe({
      group: `test-listener-${env.DB_SCHEMA}`,
      topics: [TOPICS.bhyt],
      handler: async ({ event }) => void harness.events.push(event as BhytEvent),
    });
    return harness;
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  get bus(): EventBus {
    return this.app.get<EventBus>(EVENT_BUS);
  }

  async call(method: string, path: string, body?: unknown): Promise<JsonAnswer> {
    return callJson(`${this.url}${path}`, method, {}, body);
  }

  /** Publishes on the service's bus, as another service would (a fixed id makes a redelivery). */
  async publish(event: NewEvent): Promise<void> {
    await this.bus.publish([event]);
  }

  /** Events of a type matching `where`, once at least `expected` arrived; and no more a moment later. */
  async eventsOf(
    type: string,
    where: (data: Record<string, any>) => boolean,
    expected: number,
  ): Promise<SeenEvent[]> {
    const matching = () =>
      this.events
        .filter((e) => e.type === type && where(e.data ?? {}))
        .map((e) => ({ id: e.id, type: e.type, data: e.data ?? {} }));
    await waitFor(() => matching().length >= expected, {
      timeoutMs: 20_000,
      message: `${expected} × ${type}`,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    return matching();
  }

  /** A table of the service's schema, quoted for SQL. */
  table(name: string): string {
    return `"${(this.dataSource.options as { schema?: string }).schema ?? 'public'}"."${name}"`;
  }

  async count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
    const [{ n }] = await this.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM ${this.table(table)} WHERE ${where}`,
      params,
    );
    return Number(n);
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    await this.app.close();
  }
}
