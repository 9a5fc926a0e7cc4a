import { trace } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-node';
import type { GatewayHarness } from '../support/gateway-harness';
import type { StubProvider } from '../support/stub-provider';
import { asClient, CITIZEN, pathOf, SERVICES } from '../support/world';

const FRESH = '038090005678';

/** Spans of this test process (both gateways run in it), with W3C trace-context propagation. */
export function traceRecorder(): { exporter: InMemorySpanExporter; stop: () => Promise<void> } {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  provider.register();
  return {
    exporter,
    stop: async () => {
      await provider.shutdown();
      trace.disable();
    },
  };
}

export function twoTierContract(
  lgsp: () => GatewayHarness,
  ndxp: () => GatewayHarness,
  population: () => StubProvider,
  spans: () => InMemorySpanExporter,
): void {
  describe('two tiers: LGSP → NDXP → population', () => {
    it('routes a national service through both gateways in one trace, with one message id', async () => {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const before = population().seen.length;
      // a citizen no earlier test looked up: the answer must come from population, not a gateway's cache
      const answer = await lgsp().call(
        'GET',
        `/r1/${SERVICES.citizens.id}/${FRESH}`,
        asClient('onestop', {
          'x-road-id': 'two-tier-0001',
          traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
        }),
      );
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-road-id')).toBe('two-tier-0001');

      const seen = population()
        .seen.slice(before)
        .find((r) => r.url === `/v1/citizens/${FRESH}`)!;
      expect(seen).toBeDefined();
      // the national gateway states the province's agency and the one-stop role, and the officer and dossier
      expect(seen.headers).toMatchObject({
        'x-caller-agency': '000.00.00.H38',
        'x-caller-role': 'one-stop',
        'x-caller-type': 'officer',
        'x-caller-id': 'VNCB-038-0042',
        'x-dossier-code': '000.00.38.H56-230912-0042',
        'x-road-id': 'two-tier-0001',
      });
      const [, providerTrace, providerParent] = String(seen.headers.traceparent).split('-');
      expect(providerTrace).toBe(traceId);

      const calls = spans()
        .getFinishedSpans()
        .filter((span: ReadableSpan) => span.attributes['xroad.message_id'] === 'two-tier-0001');
      const byTier = new Map(calls.map((span) => [span.attributes['xroad.tier'], span]));
      expect([...byTier.keys()].sort()).toEqual(['lgsp', 'ndxp']);
      expect(calls.every((span) => span.spanContext().traceId === traceId)).toBe(true);
      expect(byTier.get('ndxp')!.parentSpanContext?.spanId).toBe(byTier.get('lgsp')!.spanContext().spanId);
      expect(providerParent).toBe(byTier.get('ndxp')!.spanContext().spanId);

      const lgspLog = await lgsp().logRows('message_id = $1', ['two-tier-0001']);
      const ndxpLog = await ndxp().logRows('message_id = $1', ['two-tier-0001']);
      expect(lgspLog.map((r) => [r.client, r.status])).toEqual([['VN/GOV/000.00.00.H38/ONESTOP', 200]]);
      expect(ndxpLog.map((r) => [r.client, r.status])).toEqual([['VN/GOV/000.00.00.H38/LGSP', 200]]);
    });

    it("passes the national gateway's refusal back with its X-Road error", async () => {
      const grant = await ndxp().admin('POST', '/admin/rights', {
        client: 'VN/GOV/000.00.00.H38/LGSP',
        service: 'VN/GOV/000.00.00.G01/POPULATION/verifications',
        endpoints: [{ method: 'POST', path: '/batch' }],
      });
      expect(grant.status).toBe(201);
      const refused = await lgsp().call('POST', pathOf('verifications'), asClient('onestop'), {
        idNumber: CITIZEN,
      });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('x-road-error')).toBe('Server.ServerProxy.AccessDenied');
      expect(refused.body.detail).toContain('VN/GOV/000.00.00.H38/LGSP');
    });
  });
}
