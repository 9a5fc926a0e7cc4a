import { trace } from '@opentelemetry/api';
import { EVENT_TYPES } from '@d06/contracts';
import { startTracing } from '@d06/observability';
import { EmbeddedPostgres } from '@d06/persistence';
import { submitDossierRequest } from '../src/dossiers/dossier.requests';
import { DossierService } from '../src/dossiers/dossier.service';
import { birthDossier, MOTHER_RECORD } from './support/fixtures';
import { OFFICER, OneStopHarness } from './support/one-stop-harness';

jest.setTimeout(30_000);

/** One trace across HTTP and Kafka: the outbox rows of a run carry the submission's trace, retries included. */
describe('one-stop tracing (embedded)', () => {
  let harness: OneStopHarness;

  beforeAll(async () => {
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    startTracing({ serviceName: 'one-stop-trace-spec' });
    harness = await OneStopHarness.start({ DB_SCHEMA: 'one_stop_trace' });
    harness.population.add(MOTHER_RECORD);
  }, 120_000);

  afterAll(async () => {
    await harness?.stop();
    await EmbeddedPostgres.shared().stop();
  }, 30_000);

  /** The trace ids of the published events of a type (the outbox relays each envelope as it was written). */
  function traceIds(type: string, dossierCode: string): { attempt: number; traceId: string | undefined }[] {
    return harness.events
      .filter((event) => event.type === type && event.data?.dossierCode === dossierCode)
      .map((event) => ({
        attempt: event.data?.attempt as number,
        traceId: (event as unknown as { traceparent?: string }).traceparent?.split('-')[1],
      }));
  }

  it('stamps every event of a linked run with the trace of its submission, also the retry the sweeper sends', async () => {
    harness.owners.behaviour['residence-registration'] = 'silent';
    const submission = trace.getTracer('test').startActiveSpan('POST /v1/dossiers', async (span) => {
      try {
        const answer = await harness.app
          .get(DossierService)
          .submit(submitDossierRequest.parse(birthDossier()), { headers: OFFICER });
        return { answer, traceId: span.spanContext().traceId };
      } finally {
        span.end();
      }
    });
    const { answer, traceId } = await submission;
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    const code = answer.code;
    await harness.eventsOf(EVENT_TYPES.LINKED_STEP_REQUESTED, code, 1);
    for (const type of [EVENT_TYPES.DOSSIER_RECEIVED, EVENT_TYPES.LINKED_RUN_STARTED]) {
      expect(traceIds(type, code)).toEqual([{ attempt: undefined, traceId }]);
    }
    harness.clock.advanceBy(240 * 60_000); // business time: the silent owner's attempt times out
    await harness.eventsOf(EVENT_TYPES.LINKED_STEP_REQUESTED, code, 2);
    expect(traceIds(EVENT_TYPES.LINKED_STEP_REQUESTED, code)).toEqual([
      { attempt: 1, traceId },
      { attempt: 2, traceId },
    ]);
  });
});
