import type { INestApplication } from '@nestjs/common';
import type { CloudEvent } from 'cloudevents';
import { TOPICS } from '@d06/contracts';
import { EVENT_BUS, type EventBus, type NewEvent, type SubscriptionHandle } from '@d06/messaging';
import { VirtualClock } from '@d06/platform';
import { waitFor, callJson, type JsonAnswer } from '@d06/testing';
import { DataSource } from 'typeorm';
import { createSocialSecurityApp, socialSecurityConfig } from '../src';
import { BANK_RAIL_LEDGER } from '../src/bank-rail/bank-rail.module';

export type Role = 'social' | 'one-stop' | 'vneid' | 'public-service';

export function callerHeaders(role: Role): Record<string, string> {
  return {
    'x-caller-type': 'system',
    'x-caller-id': `test-${role}`,
    'x-caller-agency': 'G01.038.TEST',
    'x-caller-role': role,
    'x-purpose': 'integration test',
  };
}

type Event = CloudEvent<Record<string, any>>;

/** A running social-security service on a virtual clock, a listener on its topic, and its two databases. */
export class SocialSecurityHarness {
  readonly events: Event[] = [];
  private subscription: SubscriptionHandle | undefined;

  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly clock: VirtualClock,
  ) {}

  static async start(env: Record<string, string>, start: Date): Promise<SocialSecurityHarness> {
    const clock = new VirtualClock(start, 1);
    const app = await createSocialSecurityApp(socialSecurityConfig({ PORT: '0', ...env }), { clock });
    await app.listen(0, '127.0.0.1');
    const harness = new SocialSecurityHarness(app, await app.getUrl(), clock);
    harness.subscription = await app.get<EventBus>(EVENT_BUS).subscribe({
      group: `test-listener-${env.DB_SCHEMA}`,
      topics: [TOPICS.ssa],
      handler: async ({ event }) => void harness.events.push(event as Event),
    });
    return harness;
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  get ledger(): DataSource {
    return this.app.get<DataSource>(BANK_RAIL_LEDGER);
  }

  get schema(): string {
    return (this.dataSource.options as { schema: string }).schema;
  }

  get railSchema(): string {
    return (this.ledger.options as { schema: string }).schema;
  }

  async call(method: string, path: string, role: Role | undefined, body?: unknown): Promise<JsonAnswer> {
    return callJson(`${this.url}${path}`, method, role ? callerHeaders(role) : {}, body);
  }

  /** Publishes events onto the bus as another service would (the population service's, in these tests). */
  publish(events: readonly NewEvent[]): Promise<CloudEvent<unknown>[]> {
    return this.app.get<EventBus>(EVENT_BUS).publish(events);
  }

  /** Events of a type (matching `where`), once at least `expected` arrived, and no more shortly after. */
  async eventsOf(
    type: string,
    expected: number,
    where: (data: any) => boolean = () => true,
  ): Promise<Event[]> {
    const matching = (): Event[] => this.distinct().filter((e) => e.type === type && where(e.data));
    await waitFor(() => matching().length >= expected, {
      timeoutMs: 30_000,
      message: `${expected} × ${type}`,
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // and no more than that
    return matching();
  }

  /** The events received, each once: a relay republishing after a crash sends the same id again. */
  distinct(): Event[] {
    return [...new Map(this.events.map((e) => [e.id, e])).values()];
  }

  async query<T = any>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.dataSource.query<T[]>(
      sql.replace(/\$schema/g, `"${this.schema}"`).replace(/\$rail/g, `"${this.railSchema}"`),
      parameters,
    );
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    await this.app.close();
  }
}
