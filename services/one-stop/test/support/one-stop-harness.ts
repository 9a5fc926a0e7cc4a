import type { INestApplication } from '@nestjs/common';
import type { CloudEvent } from 'cloudevents';
import { TOPICS } from '@d06/contracts';
import { EVENT_BUS, type EventBus, type SubscriptionHandle } from '@d06/messaging';
import { CALLER_HEADERS, VirtualClock } from '@d06/platform';
import { callJson, waitFor, type JsonAnswer } from '@d06/testing';
import { DataSource } from 'typeorm';
import { createOneStopApp, oneStopConfig } from '../../src';
import { OwnerStandIns } from './owner-stand-ins';
import { PopulationStub } from './population-stub';
import { VneidStub } from './vneid-stub';

export const SECRET = 'onestop-portal-test-secret';
/** Friday 15 September 2023, 10:00 in Vietnam. */
export const BUSINESS_START = '2023-09-15T03:00:00Z';

export const OFFICER = {
  [CALLER_HEADERS.type]: 'officer',
  [CALLER_HEADERS.id]: 'cb-mot-cua-01',
  [CALLER_HEADERS.agency]: '000.00.80.H38',
  [CALLER_HEADERS.role]: 'one-stop',
};

/** A one-stop service on a virtual clock, its peers' stubs, stand-in step owners and a listener on its topic. */
export class OneStopHarness {
  readonly events: CloudEvent<Record<string, any>>[] = [];
  readonly owners: OwnerStandIns;
  private subscription: SubscriptionHandle | undefined;

  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly clock: VirtualClock,
    readonly vneid: VneidStub,
    readonly population: PopulationStub,
  ) {
    this.owners = new OwnerStandIns(this.bus);
  }

  static async start(env: Record<string, string>): Promise<OneStopHarness> {
    const vneid = await VneidStub.start(SECRET);
    const population = await PopulationStub.start();
    const clock = new VirtualClock(new Date(BUSINESS_START));
    clock.pause(); // business time moves only when a test moves it
    const config = oneStopConfig({
      PORT: '0',
      POPULATION_URL: population.url,
      VNEID_URL: vneid.url,
      VNEID_ONESTOP_SECRET: SECRET,
      ONESTOP_SWEEP_INTERVAL_MS: '50',
      ONESTOP_STEP_ATTEMPT_TIMEOUT_MINUTES: '240',
      ONESTOP_STEP_MAX_ATTEMPTS: '3',
      ONESTOP_PORTAL_FAILURE_RATE: '0.5',
      ONESTOP_PORTAL_SEED: '6',
      ONESTOP_PORTAL_RETRY_MS: '0',
      ONESTOP_PORTAL_MAX_ATTEMPTS: '30',
      ...env,
    });
    const app = await createOneStopApp(config, { clock });
    await app.listen(0, '127.0.0.1');
    const harness = new OneStopHarness(app, await app.getUrl(), clock, vneid, population);
    harness.subscription = await harness.bus.subscribe({
      group: `test-listener-${config.DB_SCHEMA}`,
      topics: [TOPICS.onestop],
      handler: async ({ event }) => void harness.events.push(event as CloudEvent<Record<string, any>>),
    });
    await harness.owners.start(`stand-in-owners-${config.DB_SCHEMA}`);
    return harness;
  }

  get bus(): EventBus {
    return this.app.get<EventBus>(EVENT_BUS);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<JsonAnswer> {
    return callJson(`${this.url}${path}`, method, headers, body);
  }

  /** Events of a type about a dossier, once at least `expected` arrived. */
  async eventsOf(type: string, dossierCode: string, expected = 1): Promise<Record<string, any>[]> {
    const matching = () =>
      this.events.filter((e) => e.type === type && e.data?.dossierCode === dossierCode).map((e) => e.data!);
    await waitFor(() => matching().length >= expected, {
      timeoutMs: 20_000,
      message: `${expected} × ${type}`,
    });
    return matching();
  }

  /** Waits until a linked run reaches a status, and returns it. */
  async runWhen(runId: string, status: string): Promise<any> {
    let last: any;
    await waitFor(
      async () => {
        last = (await this.call('GET', `/v1/linked-runs/${runId}`)).body;
        return last?.status === status;
      },
      { timeoutMs: 20_000, message: `run ${runId} ${status}` },
    );
    return last;
  }

  async count(table: string): Promise<number> {
    const schema = (this.dataSource.options as { schema?: string }).schema;
    const [{ n }] = await this.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM "${schema}"."${table}"`,
    );
    return Number(n);
  }

  async stop(): Promise<void> {
    await this.owners.stop();
    await this.subscription?.stop();
    await this.app.close();
    await this.vneid.stop();
    await this.population.stop();
  }
}
