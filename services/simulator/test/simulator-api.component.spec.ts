import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { VirtualClock } from '@d06/platform';
import { waitFor } from '@d06/testing';
import { createSimulatorApp } from '../src/app/simulator.app';
import { Gate, HttpStub, type SeenRequest, type StubAnswer } from './support/http-stub';

// The simulator service on a stub environment: BHYT and metrics are tiny HTTP stubs (the metrics stub reports what
// the BHYT stub answered), the business clock a VirtualClock, the gateway a stub that checks what it is sent.

const SCENARIO = {
  name: 'api-lookups',
  province: '38',
  period: { label: '2023-09', from: '2023-08-15', to: '2023-09-14', asOf: '2023-09-15' },
  population: { size: 400 },
  seed: 3,
  clock: { settleMs: 0 },
  healthInsurance: { lookups: { total: 4, succeeded: 4, facilities: 1 } },
};

const CARD_CHECKS = 'VN/GOV/000.00.00.G02/BHYT/card-checks';
const ADMIN_KEY = 'admin-key-of-this-test';

describe('simulator control API (component, stub services)', () => {
  let app: INestApplication;
  let bhyt: HttpStub;
  let metrics: HttpStub;
  let gateway: HttpStub;
  let gate: Gate;
  /** What the metrics stub adds to the succeeded lookups it reports (0: the truth). */
  let misreport = 0;
  /** The services the gateway stub holds faults for. */
  const faulty = new Set<string>();
  const clock = new VirtualClock(new Date('2023-08-14T00:00:00+07:00'));
  clock.pause();

  const live = (answer: (r: SeenRequest) => StubAnswer | Promise<StubAnswer>) => (r: SeenRequest) =>
    r.url === '/health/live' ? { status: 200, body: { status: 'ok' } } : answer(r);

  beforeAll(async () => {
    bhyt = await new HttpStub(
      live(async (r) => {
        if (r.url.startsWith('/v1/facilities'))
          return { status: 200, body: { facilities: [{ facilityCode: '38001', acceptsIdCard: true }] } };
        // the first lookup of a run is answered at once, the next ones wait for the gate
        if (bhyt.requests('POST', '/v1/card-checks').length > 1) await gate.wait();
        return { status: 200, body: { success: true, resultCode: '000' } };
      }),
    ).start();
    metrics = await new HttpStub(
      live(() => {
        const total = bhyt.requests('POST', '/v1/card-checks').length;
        const succeeded = total + misreport;
        const lookups = {
          total: { change: total, cumulative: total },
          succeeded: { change: succeeded, cumulative: succeeded },
          successRate: { value: Math.round((succeeded / total) * 10_000) / 100 },
        };
        return { status: 200, body: { reportVersion: 'stub', healthInsurance: { lookups } } };
      }),
    ).start();
    gateway = await new HttpStub((r) => {
      if (r.headers['x-admin-key'] !== ADMIN_KEY)
        return { status: 401, body: { code: 'ADMIN_KEY_REQUIRED' } };
      const id = decodeURIComponent(r.url.replace('/admin/faults/', ''));
      if (id !== CARD_CHECKS)
        return {
          status: 404,
          body: { code: 'UNKNOWN_SERVICE', detail: `${id} is not a service of the registry` },
        };
      if (r.method === 'PUT') {
        faulty.add(id);
        return {
          status: 200,
          body: {
            serviceId: id,
            faults: { errorRate: 0, outages: [], peakHours: {}, ...JSON.parse(r.body) },
          },
        };
      }
      return faulty.delete(id)
        ? { status: 204 }
        : { status: 404, body: { code: 'NO_FAULTS', detail: 'none' } };
    }).start();
    app = await createSimulatorApp({
      environment: { urls: { bhyt: bhyt.url, metrics: metrics.url }, clock },
      gatewayUrl: gateway.url,
      gatewayAdminKey: ADMIN_KEY,
    });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    for (const stub of [bhyt, metrics, gateway]) await stub.stop();
  });

  const api = () => request(app.getHttpServer());
  const runView = async (id: string) => (await api().get(`/v1/runs/${id}`)).body;

  async function finished(id: string) {
    return waitFor(
      async () => {
        const view = await runView(id);
        return view.state !== 'running' && view;
      },
      { timeoutMs: 20_000, message: `run ${id} to end` },
    );
  }

  describe('a run, start to end', () => {
    let id: string;

    beforeAll(() => {
      gate = new Gate();
      bhyt.seen.length = 0;
    });

    it('starts with 202 and a Location, and shows its progress, business time and phase while it runs', async () => {
      const started = await api().post('/v1/runs').send({ scenario: SCENARIO });
      expect(started.status).toBe(202);
      id = started.body.id;
      expect(started.headers.location).toBe(`/v1/runs/${id}`);
      expect(started.body).toMatchObject({ scenario: 'api-lookups', state: 'running' });

      // held at the second lookup: one action done of four
      await waitFor(() => bhyt.requests('POST', '/v1/card-checks').length === 2, {
        message: 'second lookup',
      });
      const view = await runView(id);
      expect(view.state).toBe('running');
      expect(view.progress).toMatchObject({ done: 1, total: 4, phase: 'actions' });
      expect(view.verdict).toBeUndefined();
      // the runner moved the shared clock on to the held action (at or after the first), and keeps it paused
      const clockView = (await api().get('/v1/clock')).body;
      expect(clockView).toMatchObject({ available: true, paused: true });
      expect(Date.parse(clockView.now)).toBeGreaterThanOrEqual(Date.parse(view.progress.businessTime));
      expect(Date.parse(view.progress.businessTime)).toBeGreaterThanOrEqual(
        Date.parse('2023-08-15T00:00:00+07:00'),
      );
      expect((await api().get('/v1/clock')).body.now).toBe(clockView.now);
    });

    it('refuses a second run with 409 naming the running one, and has no outputs yet', async () => {
      const second = await api().post('/v1/runs').send({ scenario: 'demo' });
      expect(second.status).toBe(409);
      expect(second.headers['content-type']).toContain('application/problem+json');
      expect(second.body).toMatchObject({ code: 'RUN_IN_PROGRESS', status: 409 });
      expect(second.body.detail).toContain(id);
      const junit = await api().get(`/v1/runs/${id}/junit`);
      expect(junit.status).toBe(409);
      expect(junit.body.code).toBe('RUN_NOT_FINISHED');
      expect(junit.body.detail).toContain('1/4 actions');
    });

    it('ends with the verdict, the figure checks and the outputs once the held lookups are answered', async () => {
      gate.open();
      const view = await finished(id);
      expect(view).toMatchObject({
        state: 'finished',
        verdict: 'passed',
        actions: { ok: 4, failed: 0, skipped: 0 },
        progress: { done: 4, total: 4, phase: 'done' },
        figures: { checks: 5, equal: 5, differs: 0, missing: 0, passed: true, notEqual: [] },
        linkedRuns: [],
        links: {
          report: `/v1/runs/${id}/report`,
          junit: `/v1/runs/${id}/junit`,
          html: `/v1/runs/${id}/html`,
        },
      });
      expect(view.servicesMissing).toEqual([]);

      const report = await api().get(`/v1/runs/${id}/report`);
      expect(report.body.healthInsurance.lookups.total.change).toBe(4);
      const junit = await api().get(`/v1/runs/${id}/junit`);
      expect(junit.headers['content-type']).toBe('application/xml; charset=utf-8');
      expect(junit.text.match(/<testcase classname="figures"/g)).toHaveLength(5);
      expect(junit.text).not.toContain('<failure');
      const html = await api().get(`/v1/runs/${id}/html`);
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(html.text).toContain('<strong>PASSED</strong>');
    });

    it('lists the run and counts it in /metrics', async () => {
      const list = (await api().get('/v1/runs')).body.runs;
      expect(list.map((r: { id: string }) => r.id)).toContain(id);
      const scrape = (await api().get('/metrics')).text;
      expect(scrape).toMatch(/d06_simulator_runs_total\{[^}]*outcome="passed"[^}]*\} [1-9]/);
      expect(scrape).toMatch(/d06_simulator_run_running\{[^}]*\} 0/);
    });
  });

  it('reports a failed verdict with the figures that differ when the report does not equal the ledger', async () => {
    gate = new Gate();
    gate.open();
    bhyt.seen.length = 0;
    misreport = -1;
    try {
      const started = await api()
        .post('/v1/runs')
        .send({ scenario: { ...SCENARIO, name: 'api-misreport' } });
      expect(started.status).toBe(202);
      const view = await finished(started.body.id);
      expect(view.verdict).toBe('failed');
      expect(view.figures).toMatchObject({ passed: false, differs: 3 });
      expect(view.figures.notEqual).toContainEqual({
        path: 'healthInsurance.lookups.succeeded.change',
        expected: 4,
        actual: 3,
        status: 'differs',
      });
      const junit = (await api().get(`/v1/runs/${started.body.id}/junit`)).text;
      expect(junit).toContain('<failure message="ledger 4, report 3"/>');
    } finally {
      misreport = 0;
    }
  });

  describe('bad input and unknown runs', () => {
    it('answers 404 problem+json for an unknown run and 400 for an id that is not one', async () => {
      const unknown = await api().get('/v1/runs/0190a5f0-0000-7000-8000-000000000000');
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'RUN_NOT_FOUND', status: 404 });
      const report = await api().get('/v1/runs/0190a5f0-0000-7000-8000-000000000000/report');
      expect(report.status).toBe(404);
      const malformed = await api().get('/v1/runs/last');
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([{ field: 'id', message: 'must be a run id (a UUID)' }]);
    });

    it('names what is wrong in a run request', async () => {
      const cases: [unknown, string[]][] = [
        [{}, ['scenario']],
        [{ scenario: 'demo', speed: 2 }, ['body']],
        [{ scenario: 'no-such-scenario' }, ['scenario']],
        [{ scenario: { name: 'x', province: '38', population: { size: 10 }, seed: 1 } }, ['scenario']],
        [
          { scenario: { ...SCENARIO, period: { from: '2023-09-14', to: '2023-08-15' } } },
          ['scenario/period'],
        ],
        [{ scenario: { ...SCENARIO, seed: -1 } }, ['scenario/seed']],
      ];
      for (const [body, fields] of cases) {
        const answer = await api()
          .post('/v1/runs')
          .send(body as object);
        expect([JSON.stringify(body), answer.status]).toEqual([JSON.stringify(body), 400]);
        expect(answer.headers['content-type']).toContain('application/problem+json');
        const named = (answer.body.errors as { field: string }[]).map((e) => e.field);
        for (const field of fields) expect(named.some((n) => n.startsWith(field))).toBe(true);
      }
      const unknown = await api().post('/v1/runs').send({ scenario: 'no-such-scenario' });
      expect(unknown.body.detail).toContain('no shipped scenario "no-such-scenario"; shipped: demo');
      const incomplete = await api()
        .post('/v1/runs')
        .send({ scenario: { name: 'x' } });
      expect(incomplete.body.errors).toContainEqual({
        field: 'scenario',
        message: 'missing property "period"',
      });
      expect((await api().get('/v1/runs')).body.runs).toHaveLength(2);
    });

    it('lists the shipped scenarios and drills by name, without where they are kept', async () => {
      const { scenarios } = (await api().get('/v1/scenarios')).body;
      expect(scenarios).toContainEqual(
        expect.objectContaining({ name: 'demo', kind: 'scenario', file: 'demo.yaml' }),
      );
      expect(scenarios.filter((s: { kind: string }) => s.kind === 'drill').length).toBeGreaterThanOrEqual(1);
      for (const scenario of scenarios) expect(scenario.file).toMatch(/^[a-z0-9-]+\.yaml$/);
    });
  });

  describe('the business clock', () => {
    it('is changed by PUT: speed, resume, pause and a jump forward', async () => {
      const before = (await api().get('/v1/clock')).body;
      const resumed = await api().put('/v1/clock').send({ speed: 3_600, paused: false });
      expect(resumed.status).toBe(200);
      expect(resumed.body).toMatchObject({ available: true, speed: 3_600, paused: false });
      expect(clock.speed).toBe(3_600);
      expect(clock.isPaused).toBe(false);
      const paused = await api().put('/v1/clock').send({ paused: true });
      expect(paused.body.paused).toBe(true);
      expect(Date.parse(paused.body.now)).toBeGreaterThanOrEqual(Date.parse(before.now));
      const jumped = await api().put('/v1/clock').send({ at: '2023-10-01T08:00:00+07:00' });
      expect(jumped.body).toMatchObject({ now: '2023-10-01T01:00:00.000Z', paused: true });
      expect(clock.now().toISOString()).toBe('2023-10-01T01:00:00.000Z');
    });

    it('refuses to go back (409) and names bad fields (400), leaving the clock as it was', async () => {
      const back = await api().put('/v1/clock').send({ at: '2023-09-01T00:00:00Z' });
      expect(back.status).toBe(409);
      expect(back.body.code).toBe('CLOCK_REFUSED');
      for (const [body, field] of [
        [{}, ''],
        [{ speed: 0 }, 'speed'],
        [{ at: '1 October' }, 'at'],
        [{ paused: 'yes' }, 'paused'],
        [{ rewind: true }, ''],
      ] as const) {
        const answer = await api().put('/v1/clock').send(body);
        expect([JSON.stringify(body), answer.status]).toEqual([JSON.stringify(body), 400]);
        if (field) expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      expect(clock.now().toISOString()).toBe('2023-10-01T01:00:00.000Z');
      expect(clock.speed).toBe(3_600);
    });
  });

  describe('faults, forwarded to the gateway', () => {
    const path = `/v1/faults/${encodeURIComponent(CARD_CHECKS)}`;
    const spec = {
      latency: { kind: 'lognormal', medianMs: 80, sigma: 0.5 },
      errorRate: 0.05,
      outages: [{ from: '2023-09-05T08:00:00+07:00', to: '2023-09-05T10:00:00+07:00' }],
      peakHours: { '8': 3 },
    };

    beforeEach(() => void (gateway.seen.length = 0));

    it('sends a good spec to the gateway with the admin key, then answers it back', async () => {
      const set = await api().put(path).send(spec);
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({ serviceId: CARD_CHECKS, faults: spec });
      expect(gateway.seen).toHaveLength(1);
      expect(gateway.seen[0]).toMatchObject({
        method: 'PUT',
        url: `/admin/faults/${encodeURIComponent(CARD_CHECKS)}`,
      });
      expect(gateway.seen[0].headers['x-admin-key']).toBe(ADMIN_KEY);
      expect(JSON.parse(gateway.seen[0].body)).toEqual(spec);
      expect((await api().get(path)).body).toMatchObject({ serviceId: CARD_CHECKS, faults: spec });
      expect((await api().get('/v1/faults')).body.faults).toHaveLength(1);
    });

    it('refuses a bad spec with 400 naming each field, before anything reaches the gateway', async () => {
      const answer = await api()
        .put(path)
        .send({
          latency: { kind: 'uniform', minMs: 300, maxMs: 20 },
          errorRate: 1.5,
          outages: [{ from: '2023-09-05T10:00:00+07:00', to: '2023-09-05T08:00:00+07:00' }],
          peakHours: { '24': 2 },
        });
      expect(answer.status).toBe(400);
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual(['errorRate']);
      const second = await api()
        .put(path)
        .send({
          latency: { kind: 'uniform', minMs: 300, maxMs: 20 },
          outages: [{ from: '2023-09-05T10:00:00+07:00', to: '2023-09-05T08:00:00+07:00' }],
          peakHours: { '24': 2 },
        });
      expect(second.body.errors).toEqual([
        { field: 'latency', message: 'minMs must not exceed maxMs' },
        { field: 'outages[0]', message: 'an outage must end after it starts' },
        { field: 'peakHours.24', message: 'an hour of the day is 0–23' },
      ]);
      const typo = await api().put(path).send({ error_rate: 0.1 });
      expect(typo.body.errors).toEqual([
        { field: 'error_rate', message: 'must NOT have additional properties' },
      ]);
      const badId = await api().put('/v1/faults/BHYT').send({ errorRate: 0.1 });
      expect(badId.status).toBe(400);
      expect(badId.body.errors[0].field).toBe('serviceId');
      expect(gateway.seen).toEqual([]);
    });

    it("passes on the gateway's 404 for a service it does not have", async () => {
      const answer = await api()
        .put(`/v1/faults/${encodeURIComponent('VN/GOV/000.00.00.G02/BHYT/nothing')}`)
        .send({ errorRate: 0.1 });
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ code: 'UNKNOWN_GATEWAY_SERVICE' });
      expect(answer.body.detail).toContain('VN/GOV/000.00.00.G02/BHYT/nothing is not a service');
      expect(gateway.seen).toHaveLength(1);
    });

    it('clears at the gateway (204), then has none (404)', async () => {
      const cleared = await api().delete(path);
      expect(cleared.status).toBe(204);
      expect(gateway.seen.map((r) => r.method)).toEqual(['DELETE']);
      expect((await api().get(path)).status).toBe(404);
      const again = await api().delete(path);
      expect(again.status).toBe(404);
      expect(again.body.code).toBe('NO_FAULTS');
    });
  });

  describe('without a clock, with the wrong admin key, with the gateway down', () => {
    let bare: INestApplication;

    beforeAll(async () => {
      bare = await createSimulatorApp({
        environment: { urls: {} },
        gatewayUrl: gateway.url,
        gatewayAdminKey: 'not-the-admin-key',
      });
      await bare.init();
    });

    afterAll(() => bare.close());

    it('says there is no clock, and refuses to change one with 409', async () => {
      expect((await request(bare.getHttpServer()).get('/v1/clock')).body).toMatchObject({ available: false });
      const answer = await request(bare.getHttpServer()).put('/v1/clock').send({ paused: true });
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('NO_CLOCK');
    });

    it('answers 502 when the gateway refuses the admin key or does not answer', async () => {
      const path = `/v1/faults/${encodeURIComponent(CARD_CHECKS)}`;
      const refused = await request(bare.getHttpServer()).put(path).send({ errorRate: 0.1 });
      expect(refused.status).toBe(502);
      expect(refused.body.detail).toContain('GATEWAY_ADMIN_KEY');
      const down = await createSimulatorApp({ environment: { urls: {} }, gatewayUrl: 'http://127.0.0.1:9' });
      await down.init();
      try {
        const answer = await request(down.getHttpServer()).delete(path);
        expect(answer.status).toBe(502);
        expect(answer.body).toMatchObject({ code: 'GATEWAY_UNREACHABLE' });
        expect(answer.body.detail).toContain('http://127.0.0.1:9');
      } finally {
        await down.close();
      }
    });

    it('serves health, metrics and the OpenAPI document like every service', async () => {
      const server = bare.getHttpServer();
      expect((await request(server).get('/health/ready')).status).toBe(200);
      expect((await request(server).get('/health/live')).status).toBe(200);
      const docs = (await request(server).get('/docs-json')).body;
      expect(Object.keys(docs.paths)).toEqual(
        expect.arrayContaining([
          '/v1/runs',
          '/v1/runs/{id}',
          '/v1/clock',
          '/v1/faults/{serviceId}',
          '/v1/scenarios',
        ]),
      );
    });
  });
});
