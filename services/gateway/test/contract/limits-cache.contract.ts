import { EVENT_TYPES } from '@d06/contracts';
import { waitFor } from '@d06/testing';
import type { GatewayAnswer, GatewayHarness } from '../support/gateway-harness';
import type { StubProvider } from '../support/stub-provider';
import { asClient, cardCheckBody, pathOf, SERVICES } from '../support/world';

const LIMITED = { id: 'VN/GOV/000.00.00.H38/KIOSK', key: 'h38-kiosk-demo-key-000001' };

export function limitsAndCacheContract(lgsp: () => GatewayHarness, provider: () => StubProvider): void {
  describe('rate limits', () => {
    it("answers 429 with Retry-After past the client subsystem's limit", async () => {
      const added = await lgsp().admin('POST', '/admin/subsystems', {
        id: LIMITED.id,
        name: 'Ki-ốt tra cứu (test)',
        callerRole: 'health',
        apiKeys: [LIMITED.key],
        rateLimit: 3,
      });
      expect(added.status).toBe(201);
      expect(added.text).not.toContain(LIMITED.key);
      await lgsp().admin('POST', '/admin/rights', {
        client: LIMITED.id,
        service: SERVICES.facilities.id,
        endpoints: [{ method: 'GET', path: '/**' }],
      });
      const headers = { 'x-road-client': LIMITED.id, 'x-road-api-key': LIMITED.key };
      const answers: GatewayAnswer[] = [];
      for (let i = 0; i < 4; i++)
        answers.push(await lgsp().call('GET', `${pathOf('facilities')}&n=${i}`, headers));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
      expect(answers[3].headers.get('x-road-error')).toBe('Client.RateLimitExceeded');
      expect(Number(answers[3].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // other clients are not limited by it
      expect((await lgsp().call('GET', pathOf('facilities'), asClient('his'))).status).toBe(200);
    });
  });

  describe('response cache', () => {
    const checks = () => provider().seen.filter((r) => r.url === '/v1/card-checks');

    it('answers a repeated card check from the cache and drops it on a card event of the holder', async () => {
      const body = cardCheckBody('038090007777');
      const first = await lgsp().call('POST', pathOf('cardChecks'), asClient('his'), body);
      const before = checks().length;
      const second = await lgsp().call('POST', pathOf('cardChecks'), asClient('his'), body);
      expect(second.status).toBe(200);
      expect(second.headers.get('x-d06-cache')).toBe('hit');
      expect(second.text).toBe(first.text);
      expect(checks().length).toBe(before);
      // another facility's lookup of the same person is another answer
      const other = await lgsp().call('POST', pathOf('cardChecks'), asClient('his'), {
        ...body,
        facilityCode: '38002',
      });
      expect(other.headers.get('x-d06-cache')).toBeNull();

      await lgsp().publish({
        type: EVENT_TYPES.BHYT_CARD_REDUCED,
        data: {
          idNumber: '038090007777',
          socialInsuranceNumber: '3812345678',
          cardCode: 'GD4383812345678',
          provinceCode: '038',
          reason: 'deceased',
          effectiveOn: '2023-09-12',
          occurredAt: '2023-09-12T08:05:00+07:00',
        },
      });
      await waitFor(
        async () =>
          (await lgsp().call('POST', pathOf('cardChecks'), asClient('his'), body)).headers.get(
            'x-d06-cache',
          ) === null,
        { timeoutMs: 20_000, message: 'the cached check dropped' },
      );
      expect(checks().length).toBeGreaterThan(before + 1);
    });
  });

  describe('fault injection', () => {
    it('fails calls at the error rate and refuses them in an outage window of the business clock', async () => {
      const id = encodeURIComponent(SERVICES.facilities.id);
      const set = await lgsp().admin('PUT', `/admin/faults/${id}`, {
        latency: { kind: 'fixed', ms: 5 },
        errorRate: 1,
      });
      expect(set.status).toBe(200);
      const failed = await lgsp().call('GET', `${pathOf('facilities')}&fault=1`, asClient('onestop'));
      expect([failed.status, failed.headers.get('x-road-error')]).toEqual([
        502,
        'Server.ServerProxy.ServiceFailed',
      ]);
      const now = lgsp().clock.now().getTime();
      await lgsp().admin('PUT', `/admin/faults/${id}`, {
        outages: [
          { from: new Date(now - 60_000).toISOString(), to: new Date(now + 3_600_000).toISOString() },
        ],
      });
      const down = await lgsp().call('GET', `${pathOf('facilities')}&fault=2`, asClient('onestop'));
      expect([down.status, down.headers.get('x-road-error')]).toEqual([
        503,
        'Server.ServerProxy.ServiceUnavailable',
      ]);
      const listed = await lgsp().admin('GET', '/admin/faults');
      expect(listed.status).toBe(200);
      expect((listed.body as { faults: { serviceId: string; faults: unknown }[] }).faults).toEqual([
        {
          serviceId: SERVICES.facilities.id,
          faults: expect.objectContaining({ outages: [expect.any(Object)] }),
        },
      ]);
      expect((await lgsp().admin('DELETE', `/admin/faults/${id}`)).status).toBe(204);
      expect(await lgsp().admin('GET', '/admin/faults')).toMatchObject({ status: 200, body: { faults: [] } });
      expect((await lgsp().call('GET', `${pathOf('facilities')}&fault=3`, asClient('onestop'))).status).toBe(
        200,
      );
      expect((await lgsp().admin('DELETE', `/admin/faults/${id}`)).status).toBe(404);
    });

    it('refuses a bad fault spec with problem+json naming the field, and the admin API without its key', async () => {
      const id = encodeURIComponent(SERVICES.facilities.id);
      const bad = await lgsp().admin('PUT', `/admin/faults/${id}`, { errorRate: 2 });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
      expect(JSON.stringify(bad.body)).toContain('errorRate');
      expect((await lgsp().admin('GET', '/admin/registry', undefined, 'wrong-key-123')).status).toBe(401);
    });
  });
}
