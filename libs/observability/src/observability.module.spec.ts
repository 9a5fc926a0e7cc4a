import { Controller, Get, Injectable, Module, Param, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Counter } from 'prom-client';
import request from 'supertest';
import { metricsRegistry } from './metrics/metrics-registry';
import { ObservabilityModule, useObservabilityLogger } from './observability.module';
import type { ObservabilityOptions } from './observability.options';
import { captureLogs } from './logging/testing/log-capture';

@Injectable()
class DatabaseProbe {
  healthy = true;
  ping(): Promise<boolean> {
    return Promise.resolve(this.healthy);
  }
}

@Module({ providers: [DatabaseProbe], exports: [DatabaseProbe] })
class DatabaseModule {}

@Controller('v1/citizens')
class CitizenController {
  @Get(':id')
  find(@Param('id') id: string): { found: boolean } {
    return { found: id.length === 12 };
  }
}

async function boot(options: Partial<ObservabilityOptions>, logs = captureLogs()): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ObservabilityModule.forRoot({
        serviceName: 'spec-service',
        logLevel: 'info',
        logDestination: logs,
        ...options,
      }),
    ],
    controllers: [CitizenController],
  }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  useObservabilityLogger(app);
  await app.init();
  return app;
}

describe('ObservabilityModule', () => {
  let app: INestApplication | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  describe('GET /metrics', () => {
    it('serves default Node metrics and custom counters, labelled with the service', async () => {
      app = await boot({});
      const counter = new Counter({
        name: 'd06_spec_events_total',
        help: 'spec',
        registers: [metricsRegistry],
      });
      counter.inc(3);
      const response = await request(app.getHttpServer()).get('/metrics').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
      expect(response.text).toContain('# TYPE d06_spec_events_total counter');
      expect(response.text).toContain('d06_spec_events_total{service="spec-service"} 3');
      expect(response.text).toMatch(/^process_cpu_user_seconds_total\{service="spec-service"\} \d/m);
      expect(response.text).toMatch(/^nodejs_eventloop_lag_seconds\{service="spec-service"\} /m);
    });
  });

  describe('GET /health', () => {
    it('live is ok without running the readiness checks', async () => {
      const broker = jest.fn(() => Promise.resolve(false));
      app = await boot({ readiness: [{ name: 'broker', check: broker }] });
      const response = await request(app.getHttpServer()).get('/health/live').expect(200);
      expect(response.body.status).toBe('ok');
      expect(broker).not.toHaveBeenCalled();
    });

    it('ready is 200 when every check passes, including checks built from injected providers', async () => {
      app = await boot({
        readiness: {
          imports: [DatabaseModule],
          inject: [DatabaseProbe],
          useFactory: (db: DatabaseProbe) => [
            { name: 'database', check: () => db.ping() },
            { name: 'broker', check: () => Promise.resolve(true) },
          ],
        },
      });
      const response = await request(app.getHttpServer()).get('/health/ready').expect(200);
      expect(response.body).toMatchObject({
        status: 'ok',
        info: { database: { status: 'up' }, broker: { status: 'up' } },
      });

      app.get(DatabaseProbe).healthy = false;
      const down = await request(app.getHttpServer()).get('/health/ready').expect(503);
      expect(down.body.error).toEqual({ database: { status: 'down', message: 'check failed' } });
      expect(down.body.info).toEqual({ broker: { status: 'up' } });
    });

    it('ready is 503 naming each failing check: false, throwing (message masked) and too slow', async () => {
      const logs = captureLogs();
      app = await boot(
        {
          readinessTimeoutMs: 50,
          readiness: [
            { name: 'database', check: () => Promise.resolve(true) },
            { name: 'broker', check: () => Promise.resolve(false) },
            { name: 'cache', check: () => Promise.reject(new Error('no route for 038090001234')) },
            { name: 'gateway', check: () => new Promise<boolean>(() => undefined) },
          ],
        },
        logs,
      );
      const response = await request(app.getHttpServer()).get('/health/ready').expect(503);
      expect(response.body.status).toBe('error');
      expect(response.body.info).toEqual({ database: { status: 'up' } });
      expect(response.body.error).toEqual({
        broker: { status: 'down', message: 'check failed' },
        cache: { status: 'down', message: 'no route for 038******234' },
        gateway: { status: 'down', message: 'timed out after 50 ms' },
      });
      // terminus logs the failure through pino: the reason is there, masked
      const failure = logs.lines.find((line) => line.includes('Health Check has failed'));
      expect(failure).toContain('no route for 038******234');
      expect(logs.lines.join('')).not.toContain('038090001234');
    });
  });

  describe('request logging', () => {
    it('logs each API request with its URL masked and skips probes and scrapes', async () => {
      const logs = captureLogs();
      app = await boot({}, logs);
      const server = app.getHttpServer();
      const response = await request(server)
        .get('/v1/citizens/038090001234')
        .set('x-request-id', 'req-1')
        .expect(200);
      await request(server).get('/health/live').expect(200);
      await request(server).get('/metrics').expect(200);

      expect(response.headers['x-request-id']).toBe('req-1');
      const requests = logs.records().filter((record) => record.req);
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({
        name: 'spec-service',
        msg: 'request completed',
        req: { id: 'req-1', method: 'GET', url: '/v1/citizens/038******234' },
        res: { statusCode: 200 },
      });
      expect(logs.lines.join('')).not.toContain('038090001234');
    });
  });
});
