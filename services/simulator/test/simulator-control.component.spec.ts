import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { VirtualClock } from '@d06/platform';
import { createSimulatorApp } from '../src/app/simulator.app';
import { ADMIN_KEY, CARD_CHECKS, gatewayStub } from './support/simulator-stubs';

// The simulator service's controls: the business clock (a VirtualClock) and faults forwarded to a stub gateway.

describe('simulator control API (component, stub gateway)', () => {
  let app: INestApplication;
  const gateway = gatewayStub();
  const clock = new VirtualClock(new Date('2023-08-14T00:00:00+07:00'));
  clock.pause();

  beforeAll(async () => {
    await gateway.start();
    app = await createSimulatorApp({
      environment: { urls: {}, clock },
      gatewayUrl: gateway.url,
      gatewayAdminKey: ADMIN_KEY,
    });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await gateway.stop();
  });

  const api = () => request(app.getHttpServer());

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
