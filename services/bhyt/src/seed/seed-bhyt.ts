import { EVENT_CONTRACTS, EVENT_TYPES } from '@d06/contracts';
import { EnvelopeFactory, EventCatalog } from '@d06/messaging';
import { assertSchemaName, createDataSource, EmbeddedPostgres } from '@d06/persistence';
import {
  generateProvince,
  resolveProvinceOptions,
  type GeneratedHousehold,
  type ProvinceOptions,
} from '@d06/synthetic';
import { BHYT_ENTITIES } from '../bhyt.entities';
import { bhytCachePrefix } from '../config/bhyt.config';
import { BHYT_MIGRATIONS } from '../migrations';
import { warmCardCache } from './cache-warmer';
import { CopySink } from './copy-sink';
import { InsertSink } from './insert-sink';
import { participantSeed, type ParticipantSeed } from './participant-rows';
import { SeedError } from './seed.errors';
import type { OutboxRow, SeedSink } from './seed-sink';
import { cardValues, facilityValues, participantValues } from './seed-tables';
import type { SeedBhytOptions, SeedBhytSummary } from './seed.types';
import { syntheticFacilities } from './synthetic-facilities';

export const DEFAULT_SEED_SCHEMA = 'bhyt';
const BATCH_SIZE = 5_000;
const DEFAULT_CACHE_TTL_SECONDS = 3_600;

/**
 * Loads a synthetic province's BHYT registry: the participants and cards of the citizens `@d06/synthetic`
 * generates (the same people as the population seed with the same options) and the province's facilities — COPY
 * on PostgreSQL, INSERTs on the embedded database. Publishes one registry.seeded event (the figures' starting
 * values), none per participant; with `redisUrl`, warms the service's cache afterwards.
 *
 * @throws SeedError INVALID_OPTIONS for bad options, ALREADY_SEEDED when the schema has participants and `replace`
 * is not set; database errors as they come (the registry then keeps its previous contents).
 */
export async function seedBhyt(options: SeedBhytOptions): Promise<SeedBhytSummary> {
  const schema = options.schema ?? DEFAULT_SEED_SCHEMA;
  const province = validate(options, schema);
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  const databaseUrl =
    options.databaseUrl ?? (await (options.embedded ?? EmbeddedPostgres.shared()).start()).url;
  const migrated = await createDataSource({
    schema,
    entities: BHYT_ENTITIES,
    migrations: BHYT_MIGRATIONS,
    databaseUrl,
    poolSize: 1,
  });
  await migrated.destroy();

  const sink: SeedSink =
    options.databaseUrl === undefined
      ? new InsertSink(databaseUrl, schema)
      : new CopySink(databaseUrl, schema);
  const counts = { citizens: 0, participants: 0, cards: 0, synced: 0, validSynced: 0 };
  const facilities = syntheticFacilities(
    province.provinceCode,
    province.seed,
    options.facilityIdCardShare ?? 1,
  );
  const acceptingIdCard = facilities.filter((f) => f.acceptsIdCard).length;
  try {
    await sink.begin(options.replace ?? false);
    for await (const batch of participantBatches(province, options.households)) {
      const participants = [];
      const cards = [];
      counts.citizens += batch.length;
      for (const seed of batch) {
        if (!seed) continue;
        const [current] = seed.rows;
        participants.push(participantValues(current, seed.householdId));
        cards.push(...seed.rows.map(cardValues));
        counts.participants += 1;
        counts.cards += seed.rows.length;
        if (current.id_synced) {
          counts.synced += 1;
          const ref = province.referenceDate;
          if (current.status === 'active' && current.valid_from <= ref && ref <= current.valid_to)
            counts.validSynced += 1;
        }
      }
      await sink.write({ participants, cards });
      options.onProgress?.({ ...progress(), done: false });
    }
    await sink.commit(
      facilities.map(facilityValues),
      seededEvent(province, options.now ?? new Date(), {
        facilities: facilities.length,
        facilitiesAcceptingIdCard: acceptingIdCard,
        participants: counts.participants,
        cardsSyncedWithIdCard: counts.synced,
        validCardsSyncedWithIdCard: counts.validSynced,
      }),
    );
  } catch (error) {
    await sink.abort();
    throw error;
  }

  const cacheEntries = options.redisUrl
    ? await warmCardCache(
        {
          redisUrl: options.redisUrl,
          prefix: options.cachePrefix ?? bhytCachePrefix({ KAFKA_TOPIC_PREFIX: '', DB_SCHEMA: schema }),
          ttlSeconds: options.cacheTtlSeconds ?? DEFAULT_CACHE_TTL_SECONDS,
        },
        seedsOnly(participantBatches(province)),
      )
    : 0;
  options.onProgress?.({ ...progress(), done: true });
  return {
    schema,
    provinceCode: province.provinceCode,
    size: province.size,
    seed: province.seed,
    referenceDate: province.referenceDate,
    mode: sink.mode,
    rows: { participants: counts.participants, cards: counts.cards, facilities: facilities.length },
    facilitiesAcceptingIdCard: acceptingIdCard,
    cardsSyncedWithIdCard: counts.synced,
    validCardsSyncedWithIdCard: counts.validSynced,
    cacheEntries,
    seconds: elapsed(),
  };

  function progress() {
    return {
      citizens: counts.citizens,
      totalCitizens: province.size,
      participants: counts.participants,
      elapsedSeconds: elapsed(),
    };
  }
}

/** Each batch (generated here unless shared): one entry per citizen, their participant or null for the uninsured. */
async function* participantBatches(
  province: ProvinceOptions,
  households: AsyncIterable<GeneratedHousehold[]> | Iterable<GeneratedHousehold[]> = generateProvince({
    ...province,
    batchSize: BATCH_SIZE,
  }),
): AsyncGenerator<(ParticipantSeed | null)[]> {
  for await (const batch of households) {
    yield batch.flatMap((household) =>
      household.members.map((person) => participantSeed(person, province.referenceDate)),
    );
  }
}

async function* seedsOnly(
  batches: AsyncIterable<(ParticipantSeed | null)[]>,
): AsyncGenerator<ParticipantSeed[]> {
  for await (const batch of batches) yield batch.filter((seed): seed is ParticipantSeed => seed !== null);
}

function seededEvent(
  province: ProvinceOptions,
  now: Date,
  figures: {
    facilities: number;
    facilitiesAcceptingIdCard: number;
    participants: number;
    cardsSyncedWithIdCard: number;
    validCardsSyncedWithIdCard: number;
  },
): OutboxRow {
  const envelopes = new EnvelopeFactory(new EventCatalog(Object.values(EVENT_CONTRACTS)), 'd06/bhyt', {
    now: () => now,
  });
  const event = envelopes.create({
    type: EVENT_TYPES.BHYT_REGISTRY_SEEDED,
    data: {
      provinceCode: province.provinceCode,
      ...figures,
      seed: province.seed,
      size: province.size,
      referenceDate: province.referenceDate,
      occurredAt: now.toISOString(),
    },
  });
  return { eventId: event.id, type: event.type, envelope: event.toJSON() };
}

function validate(options: SeedBhytOptions, schema: string): ProvinceOptions {
  try {
    assertSchemaName(schema);
    const share = options.facilityIdCardShare ?? 1;
    if (!(share >= 0 && share <= 1)) throw new Error('facilityIdCardShare: a share from 0 to 1');
    return resolveProvinceOptions(options);
  } catch (error) {
    throw new SeedError('INVALID_OPTIONS', error instanceof Error ? error.message : String(error));
  }
}
