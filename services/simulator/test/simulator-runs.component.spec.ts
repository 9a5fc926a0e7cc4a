import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { VirtualClock } from '@d06/platform';
import { waitFor } from '@d06/testing';
import { createSimulatorApp } from '../src/app/simulator.app';
import { Gate } from './support/http-stub';
import { finishedRun, LookupStubs, SCENARIO } from './support/simulator-stubs';

// Runs through the simulator service's API on stub services (BHYT and metrics), the business clock a VirtualClock.

describe('simulator runs API (component, stub services)', () => {
  let app: INestApplication;
  const stubs = new LookupStubs();
  const clock = new VirtualClock(new Date('2023-08-14T00:00:00+07:00'));
  clock.pause();

  beforeAll(async () => {
    await stubs.start();
    app = await createSimulatorApp({
      environment: { urls: { bhyt: stubs.bhyt.url, metrics: stubs.metrics.url }, clock },
    });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await stubs.stop();
  });

  const api = () => request(app.getHttpServer());
  const runView = async (id: string) => (await api().get(`/v1/runs/${id}`)).body;
  const finished = (id: string) => finishedRun(app, id);
  const bhyt = stubs.bhyt;

  describe('a run, start to end', () => {
    let id: string;

    beforeAll(() => {
      stubs.gate = new Gate();
      bhyt.seen.length = 0;
    });

    it('starts with 202 and a Location, and shows its progress, business time and phase while it runs', async () => {
      const started = await api().post('/v1/runs').send({ scenario: SCENARIO });
      expect(started.status).toBe(202);
      id = started.body.id;
      expect(started.headers.location).toBe(`/v1/runs/${id}`);
      expect(started.body).toMatchObject({ scenario: 'api-lookups', state: 'running' });

      // held at the second lookup: one action done of four
      await waitFor(() => stubs.checks() === 2, {
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
      stubs.gate.open();
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
    stubs.gate = new Gate();
    stubs.gate.open();
    bhyt.seen.length = 0;
    stubs.misreport = -1;
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
      stubs.misreport = 0;
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
});
