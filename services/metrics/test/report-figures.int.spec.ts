import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { EVENT_CONTRACTS, TOPIC_PARTITIONS } from '@d06/contracts';
import { createEventBus, type EventBus } from '@d06/messaging';
import { infrastructure, uniqueName } from '@d06/testing';
import type { D06Report, ServiceRow } from '../src';
import { getJson, startMetrics, waitUntilCaughtUp } from './metrics-test-kit';
import { reportScenario } from './report-scenario';

// Real Kafka and PostgreSQL: a known stream (shuffled, every fifth event delivered twice) must give exactly the
// expected figures, and a second service replaying the topics into an empty schema must give the same report.
describe('metrics report figures (Kafka, PostgreSQL)', () => {
  const run = uniqueName('mrep');
  let bus: EventBus;
  const apps: INestApplication[] = [];
  let url = '';
  let report: D06Report;
  const scenario = reportScenario();

  beforeAll(async () => {
    const infra = infrastructure();
    bus = await createEventBus({
      source: 'd06/test',
      contracts: Object.values(EVENT_CONTRACTS),
      kafkaBrokers: infra.kafkaBrokers,
      topicPrefix: `${run}.`,
      topicPartitions: TOPIC_PARTITIONS,
    });
    const metrics = await startMetrics(run, 'a');
    apps.push(metrics.app);
    url = metrics.url;
    const { events, duplicates } = scenario;
    await bus.publishEnvelopes(events.slice(0, 60));
    await bus.publishEnvelopes(duplicates);
    await bus.publishEnvelopes(events.slice(60));
    await waitUntilCaughtUp(run, 'a');
    const put = await fetch(`${url}/v1/opening-balances`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        province: '38',
        figures: { 'healthInsurance.lookups.total': 1000, 'healthInsurance.lookups.succeeded': 900 },
      }),
    });
    expect(put.status).toBe(200);
    report = await getJson<D06Report>(`${url}/v1/reports?province=38&period=2023-09`);
  }, 120_000);

  afterAll(async () => {
    for (const app of apps) await app.close();
    await bus?.close();
  }, 60_000);

  const row = (table: ServiceRow[], key: string): ServiceRow => table.find((r) => r.key === key)!;

  it('validates against contracts/report/d06-report.v1.schema.json and has the reference period', () => {
    const schema = JSON.parse(
      readFileSync(join(__dirname, '../../../contracts/report/d06-report.v1.schema.json'), 'utf8'),
    ) as object;
    const validate = addFormats(new Ajv2020({ allErrors: true })).compile(schema);
    expect(validate.errors ?? validate(report)).toBe(true);
    expect(report.period).toMatchObject({
      label: '9/2023',
      from: '2023-08-15',
      to: '2023-09-14',
      asOf: '2023-09-15',
    });
    expect(report.province).toEqual({ code: '38', idNumberPrefix: '038', name: 'Thanh Hóa' });
    expect(report.essentialServices.decision06).toHaveLength(25);
    expect(report.essentialServices.decision422).toHaveLength(28);
  });

  it('counts the essential services of the period exactly, duplicates once', () => {
    const es = report.essentialServices;
    expect(row(es.decision06, 'da06-03')).toMatchObject({
      portal: 'connected',
      total: 5,
      online: 3,
      onlineRate: 60,
      onTime: 3,
      overdue: 1,
    });
    expect(row(es.decision422, 'qd422-thamvieng')).toMatchObject({
      portal: 'connected',
      total: 2,
      online: 1,
      onlineRate: 50,
      onTime: 0,
    });
    expect(row(es.decision422, 'qd422-gpld-lltp')).toMatchObject({ portal: 'not-connected', total: 0 });
    expect(row(es.decision06, 'da06-15').portal).toBe('linked-done');
    expect(row(es.decision06, 'da06-14')).toMatchObject({
      total: 0,
      online: 0,
      onlineRate: 0,
      difficulty: 'No dossiers in the period.',
    });
  });

  it('builds the BHYT figures from the seed, facility history, lookups and the opening balance', () => {
    const hi = report.healthInsurance;
    expect(hi.facilities).toEqual({ total: 11, usingIdCard: 8 });
    expect(hi.lookups.total).toEqual({ cumulative: 1010, change: 6 });
    expect(hi.lookups.succeeded).toEqual({ cumulative: 907, change: 4 });
    expect(hi.lookups.successRate).toEqual({ value: 89.8, change: -0.14 });
    expect(hi.cardsSyncedWithIdCard).toEqual({ cumulative: 1002, change: 2 });
    expect(hi.pilotModelPeriod).toMatchObject({
      from: '2023-08-15',
      to: '2023-09-14',
      lookups: 4,
      facilitiesWithLookups: 2,
      insuranceClaims: 3,
    });
  });

  it('builds social security, e-ID, verification, linked procedures and data exchange exactly', () => {
    const ss = report.socialSecurity;
    expect(ss.beneficiaries).toEqual({ total: 151, socialAssistance: 102, meritorious: 49 });
    expect(ss.withAccount).toMatchObject({ total: 63, socialAssistance: 43, meritorious: 20 });
    expect(ss.paidCashless).toMatchObject({
      total: 6,
      socialAssistance: 4,
      meritorious: 2,
      since: '2023-08-15',
    });
    expect(ss.paidCashless.amountVnd).toEqual({
      total: 4_000_000,
      socialAssistance: 2_000_000,
      meritorious: 2_000_000,
    });
    expect(ss.reviewed).toBe(4);
    const dc = report.digitalCitizen;
    expect(dc.idCardApplications).toMatchObject({ cumulative: 3, change: 3 });
    expect(dc.eidApplications).toMatchObject({ cumulative: 6, target: 6 });
    expect(dc.eidActivated).toMatchObject({
      cumulative: 3,
      target: 6,
      rate: 50,
      changeByLevel: { level1: 2, level2: 1 },
    });
    const dv = report.dataVerification;
    expect(dv.insuranceParticipantsMatched).toEqual({ matched: 4, total: 5, rate: 80 });
    expect(dv.taxCodesReviewed).toEqual({ reviewed: 1, total: 2, rate: 50, unmatched: 1 });
    expect(dv.meritoriousCleaned).toEqual({ cleaned: 0, total: 1, rate: 0 });
    expect(report.linkedProcedures).toMatchObject({
      started: 3,
      completed: 2,
      completedWithinLimit: 1,
      failed: 1,
      withinLimitRate: 50,
    });
    expect(report.dataExchange).toMatchObject({
      calls: 20,
      succeeded: 19,
      services: [{ calls: 20, succeeded: 19, latencyMs: { avg: 10.5, p95: 19 }, costVnd: 11_000 }],
    });
  });

  it('traces each figure to its event types and counts', () => {
    const trace = report.trace!;
    expect(trace['essentialServices.decision06[2].total']).toEqual([
      expect.objectContaining({
        source: 'events',
        eventType: 'vn.d06.onestop.dossier.received.v1',
        value: 5,
      }),
    ]);
    expect(trace['healthInsurance.lookups.total']).toEqual(
      expect.arrayContaining([
        { source: 'opening-balance', value: 1000 },
        expect.objectContaining({ eventType: 'vn.d06.bhyt.lookup.performed.v1', value: 10 }),
      ]),
    );
  });

  it('reports one commune from the events that carried it', async () => {
    const commune = await getJson<D06Report>(`${url}/v1/reports?province=038&period=2023-09&commune=38001`);
    expect(row(commune.essentialServices.decision06, 'da06-03')).toMatchObject({ total: 2, online: 2 });
    expect(commune.healthInsurance.facilities).toEqual({ total: null, usingIdCard: null });
  });

  it('reports any date range, and the latest period of the province by default', async () => {
    const range = await getJson<D06Report>(`${url}/v1/reports?province=38&from=2023-09-01&to=2023-09-30`);
    expect(row(range.essentialServices.decision06, 'da06-03')).toMatchObject({ total: 3, online: 2 });
    const latest = await getJson<D06Report>(`${url}/v1/reports?province=38`);
    expect(latest.period).toMatchObject({ from: '2023-09-15', to: '2023-10-14' });
  });

  it('refuses bad input with problem+json naming the field', async () => {
    const response = await fetch(`${url}/v1/reports?province=38&period=2023-13`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const put = await fetch(`${url}/v1/opening-balances`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ province: '38', figures: { 'healthInsurance.nonsense': 1 } }),
    });
    expect(put.status).toBe(400);
    expect(JSON.stringify(await put.json())).toContain('figures.healthInsurance.nonsense');
  });

  it('gives identical figures when the topics are replayed into an empty store', async () => {
    const replay = await startMetrics(run, 'b', 1000);
    apps.push(replay.app);
    await waitUntilCaughtUp(run, 'b');
    await fetch(`${replay.url}/v1/opening-balances`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        province: '38',
        figures: { 'healthInsurance.lookups.total': 1000, 'healthInsurance.lookups.succeeded': 900 },
      }),
    });
    const again = await getJson<D06Report>(`${replay.url}/v1/reports?province=38&period=2023-09`);
    expect(again).toEqual(report);
  }, 90_000);

  it('does not count a duplicate delivered after the original was counted', async () => {
    const before = await getJson<Record<string, number>>(`${url}/v1/figures`);
    await bus.publishEnvelopes(scenario.duplicates.slice(0, 3));
    await waitUntilCaughtUp(run, 'a');
    expect(await getJson<Record<string, number>>(`${url}/v1/figures`)).toEqual(before);
  }, 60_000);
});
