import { EmbeddedPostgres } from '@d06/persistence';
import { httpCases } from './http.cases';
import { listCases } from './list.cases';
import { sagaCases } from './saga.cases';
import { OneStopHarness } from './support/one-stop-harness';

jest.setTimeout(30_000);

// One process: PGlite, the in-memory bus, stubs of VNeID and population, stand-in owners of the linked steps.
describe('one-stop (embedded: PGlite, in-memory bus)', () => {
  let harness: OneStopHarness;

  beforeAll(async () => {
    harness = await OneStopHarness.start({ DB_SCHEMA: 'one_stop_component' });
  }, 120_000);

  afterAll(async () => {
    await harness?.stop();
    await EmbeddedPostgres.shared().stop();
  }, 30_000);

  describe('HTTP API', () => httpCases(() => harness));
  describe('linked procedures', () => sagaCases(() => harness));
  describe('lists of dossiers and actions', () => listCases(() => harness));
});
