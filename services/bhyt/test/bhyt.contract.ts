import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { EVENT_CONTRACTS, type EventType } from '@d06/contracts';
import { seedBhyt, type SeedBhytOptions } from '../src/seed';
import { lookupContract } from './contract/lookups.contract';
import { registryContract } from './contract/registry.contract';
import { FAULT, SYNC_BATCH_SIZE, syncAndRenewalContract } from './contract/sync-renewal.contract';
import { BhytHarness } from './support/bhyt-harness';
import { PopulationStub } from './support/population-stub';
import { BUSINESS_START, everyone, WORLD } from './support/world';

export interface BhytSetup {
  /** The service's environment (DB_SCHEMA at least). */
  readonly env: Record<string, string>;
  /** Where the seed loads (and which cache it warms). */
  readonly seed: Pick<SeedBhytOptions, 'databaseUrl' | 'redisUrl' | 'cachePrefix'>;
}

/**
 * The BHYT service's behaviour on a seeded synthetic province, run on the embedded adapters and on real
 * PostgreSQL, Kafka and Redis. The blocks share one service and run in order: the sync comes last, since it links
 * participants the lookups expect unlinked.
 */
export function describeBhyt(name: string, setup: () => BhytSetup): void {
  describe(`bhyt (${name})`, () => {
    const population = new PopulationStub(everyone);
    let harness: BhytHarness;

    beforeAll(async () => {
      await population.start();
      const { env, seed } = setup();
      await seedBhyt({ ...WORLD, schema: env.DB_SCHEMA, ...seed });
      harness = await BhytHarness.start(
        {
          ...env,
          POPULATION_URL: population.url,
          BHYT_SYNC_BATCH_SIZE: String(SYNC_BATCH_SIZE),
          BHYT_RENEWAL_CONFIRMATION_FAILURE_RATE: String(FAULT.rate),
          BHYT_FAULT_SEED: String(FAULT.seed),
          BHYT_AUTO_ISSUE_CHILD_CARDS: 'true',
        },
        BUSINESS_START,
      );
    }, 180_000);

    afterAll(async () => {
      await harness?.stop();
      await population.stop();
    }, 30_000);

    lookupContract(() => harness);
    registryContract(() => harness);
    syncAndRenewalContract(
      () => harness,
      () => population,
    );

    it('published only events that validate against their contracts', () => {
      const ajv = addFormats(new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }));
      const invalid = harness.events.filter((event) => {
        const validate = ajv.getSchema(event.type) ?? compile(ajv, event.type as EventType);
        return !validate(event.data);
      });
      expect(harness.events.length).toBeGreaterThan(300);
      expect(invalid.map((e) => e.type)).toEqual([]);
    });
  });
}

function compile(ajv: Ajv, type: EventType) {
  const { $id: _id, ...schema } = EVENT_CONTRACTS[type].schema as { $id?: string };
  ajv.addSchema(schema, type);
  return ajv.getSchema(type)!;
}
