import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { waitFor } from '@d06/testing';
import { Gate, HttpStub, type SeenRequest, type StubAnswer } from './http-stub';

// The simulator service's neighbours as tiny HTTP stubs, for its component specs: BHYT and metrics (the metrics
// stub reports what the BHYT stub answered) and the gateway (which checks what it is sent).

export const SCENARIO = {
  name: 'api-lookups',
  province: '38',
  period: { label: '2023-09', from: '2023-08-15', to: '2023-09-14', asOf: '2023-09-15' },
  population: { size: 400 },
  seed: 3,
  clock: { settleMs: 0 },
  healthInsurance: { lookups: { total: 4, succeeded: 4, facilities: 1 } },
};

export const CARD_CHECKS = 'VN/GOV/000.00.00.G02/BHYT/card-checks';
export const ADMIN_KEY = 'admin-key-of-this-test';

const live = (answer: (r: SeenRequest) => StubAnswer | Promise<StubAnswer>) => (r: SeenRequest) =>
  r.url === '/health/live' ? { status: 200, body: { status: 'ok' } } : answer(r);

const VALID = { success: true, resultCode: '000' };

/**
 * BHYT (the first card check answered at once, the next ones held at `gate`; single calls and lists alike) and
 * metrics reporting them.
 */
export class LookupStubs {
  gate = new Gate();
  /** What the metrics stub adds to the succeeded lookups it reports (0: the truth). */
  misreport = 0;
  readonly bhyt = new HttpStub(
    live(async (r) => {
      if (r.url.startsWith('/v1/facilities'))
        return { status: 200, body: { facilities: [{ facilityCode: '38001', acceptsIdCard: true }] } };
      if (this.checks() > 1) await this.gate.wait();
      if (r.url === '/v1/card-checks/batch') {
        const { checks } = JSON.parse(r.body) as { checks: unknown[] };
        return { status: 200, body: { results: checks.map(() => ({ status: 200, answer: VALID })) } };
      }
      return { status: 200, body: VALID };
    }),
  );
  readonly metrics = new HttpStub(
    live(() => {
      const total = this.checks();
      const succeeded = total + this.misreport;
      const lookups = {
        total: { change: total, cumulative: total },
        succeeded: { change: succeeded, cumulative: succeeded },
        successRate: { value: Math.round((succeeded / total) * 10_000) / 100 },
      };
      return { status: 200, body: { reportVersion: 'stub', healthInsurance: { lookups } } };
    }),
  );

  /** The card checks BHYT has been sent so far: a call each, or the checks of a list. */
  checks(): number {
    return this.bhyt
      .requests('POST', '/v1/card-checks')
      .reduce(
        (n, r) =>
          n +
          (r.url === '/v1/card-checks/batch'
            ? (JSON.parse(r.body) as { checks: unknown[] }).checks.length
            : 1),
        0,
      );
  }

  async start(): Promise<this> {
    await this.bhyt.start();
    await this.metrics.start();
    return this;
  }

  async stop(): Promise<void> {
    await this.bhyt.stop();
    await this.metrics.stop();
  }
}

/** A gateway's fault admin API for CARD_CHECKS alone, guarded by ADMIN_KEY. */
export function gatewayStub(): HttpStub {
  const faulty = new Set<string>();
  return new HttpStub((r) => {
    if (r.headers['x-admin-key'] !== ADMIN_KEY) return { status: 401, body: { code: 'ADMIN_KEY_REQUIRED' } };
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
        body: { serviceId: id, faults: { errorRate: 0, outages: [], peakHours: {}, ...JSON.parse(r.body) } },
      };
    }
    return faulty.delete(id) ? { status: 204 } : { status: 404, body: { code: 'NO_FAULTS', detail: 'none' } };
  });
}

/** A run's view once it is no longer running. */
export function finishedRun(app: INestApplication, id: string): Promise<Record<string, any>> {
  return waitFor(
    async () => {
      const view = (await request(app.getHttpServer()).get(`/v1/runs/${id}`)).body;
      return view.state !== 'running' && view;
    },
    { timeoutMs: 20_000, message: `run ${id} to end` },
  );
}
