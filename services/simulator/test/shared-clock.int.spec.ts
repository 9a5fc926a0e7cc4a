import type { INestApplication } from '@nestjs/common';
import { Redis } from 'ioredis';
import request from 'supertest';
import { SharedClockController, SharedClockFollower, sharedClockKeys } from '@d06/platform';
import { infrastructure, uniqueName, waitFor } from '@d06/testing';
import { createSimulatorApp } from '../src/app/simulator.app';

// The standalone simulator's clock (main.ts with D06_CLOCK=shared): PUT /v1/clock moves the shared business clock
// in Redis, and a service following it (a SharedClockFollower) reads the change once the answer has come back.

describe('simulator clock control on the shared clock (Redis)', () => {
  const prefix = `${uniqueName('simclock')}:`;
  let controller: SharedClockController;
  let follower: SharedClockFollower;
  let app: INestApplication;

  beforeAll(async () => {
    const { redisUrl } = infrastructure();
    controller = new SharedClockController({ redisUrl, keyPrefix: prefix });
    await controller.start({ start: new Date('2023-08-14T17:00:00Z'), paused: true });
    follower = new SharedClockFollower({ redisUrl, keyPrefix: prefix });
    await follower.start();
    app = await createSimulatorApp({
      environment: { urls: {}, clock: controller },
      onClose: () => controller.close(),
    });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await follower.stop();
    const redis = new Redis(infrastructure().redisUrl);
    const keys = sharedClockKeys(prefix);
    await redis.del(keys.state, keys.version);
    await redis.quit();
  });

  it('reads the shared state: business time, paused, speed', async () => {
    const view = (await request(app.getHttpServer()).get('/v1/clock')).body;
    expect(view).toEqual({ available: true, now: '2023-08-14T17:00:00.000Z', paused: true, speed: 1 });
  });

  it('jumps, sets the pace and resumes; the follower is there when the answer comes', async () => {
    const answer = await request(app.getHttpServer())
      .put('/v1/clock')
      .send({ at: '2023-09-01T01:00:00Z', speed: 3_600 });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ now: '2023-09-01T01:00:00.000Z', paused: true, speed: 3_600 });
    // every change was acknowledged by the followers before the PUT answered
    expect(follower.now().toISOString()).toBe('2023-09-01T01:00:00.000Z');
    expect(follower.current).toMatchObject({ paused: true, speed: 3_600 });

    const resumed = await request(app.getHttpServer()).put('/v1/clock').send({ paused: false });
    expect(resumed.body.paused).toBe(false);
    expect(follower.current?.paused).toBe(false);
    // running at an hour per second: the follower's business time moves on its own
    await waitFor(() => follower.now().getTime() > Date.parse('2023-09-01T01:00:05Z'), { timeoutMs: 5_000 });
    await request(app.getHttpServer()).put('/v1/clock').send({ paused: true });
  });

  it('refuses to go back, leaving the shared clock where it was', async () => {
    const before = follower.now().toISOString();
    const back = await request(app.getHttpServer()).put('/v1/clock').send({ at: '2023-08-20T00:00:00Z' });
    expect(back.status).toBe(409);
    expect(back.body.code).toBe('CLOCK_REFUSED');
    expect(follower.now().toISOString()).toBe(before);
    expect(controller.now().toISOString()).toBe(before);
  });
});
