import type { InMemorySpanExporter } from '@opentelemetry/sdk-trace-node';
import { limitsAndCacheContract } from './contract/limits-cache.contract';
import { recordsContract } from './contract/records.contract';
import { routingContract } from './contract/routing.contract';
import { traceRecorder, twoTierContract } from './contract/two-tier.contract';
import { GatewayHarness } from './support/gateway-harness';
import { StubProvider } from './support/stub-provider';
import { answerWithIntrospection } from './support/introspection-stub';

/**
 * The gateway's behaviour, run on the embedded adapters and on real PostgreSQL, Kafka and Redis: an NDXP in front
 * of a population stub, an LGSP routing to it and to BHYT and social-security stubs (one stub answers for all).
 */
export function describeGateway(name: string, setup: () => Record<string, string>): void {
  describe(`gateway (${name})`, () => {
    const provider = new StubProvider();
    let lgsp: GatewayHarness;
    let ndxp: GatewayHarness;
    let tracing: { exporter: InMemorySpanExporter; stop: () => Promise<void> };

    beforeAll(async () => {
      tracing = traceRecorder();
      await provider.start();
      const env = setup();
      const urls = {
        POPULATION_URL: provider.url,
        BHYT_URL: provider.url,
        SOCIAL_SECURITY_URL: provider.url,
        VNEID_URL: provider.url,
      };
      provider.answer = answerWithIntrospection;
      // each tier has its own database schema, as two deployments would
      ndxp = await GatewayHarness.start({
        ...env,
        ...urls,
        GATEWAY_TIER: 'ndxp',
        DB_SCHEMA: `${env.DB_SCHEMA}_ndxp`,
      });
      lgsp = await GatewayHarness.start({ ...env, ...urls, GATEWAY_TIER: 'lgsp', NDXP_URL: ndxp.url });
    }, 120_000);

    afterAll(async () => {
      await lgsp?.stop();
      await ndxp?.stop();
      await provider.stop();
      await tracing?.stop();
    }, 30_000);

    routingContract(
      () => lgsp,
      () => provider,
    );
    recordsContract(() => lgsp);
    limitsAndCacheContract(
      () => lgsp,
      () => provider,
    );
    twoTierContract(
      () => lgsp,
      () => ndxp,
      () => provider,
      () => tracing.exporter,
    );
  });
}
