import { assertSchemaName, createDataSource, EmbeddedPostgres } from '@d06/persistence';
import {
  generateProvince,
  resolveProvinceOptions,
  type GeneratedHousehold,
  type ProvinceOptions,
} from '@d06/synthetic';
import { POPULATION_MIGRATIONS } from '../migrations';
import { POPULATION_ENTITIES } from '../population.entities';
import { CopyTarget } from './copy-target';
import { InsertTarget } from './insert-target';
import { SeedError } from './seed.errors';
import { SeedProgressMeter } from './seed-progress';
import type { SeedTarget, SeedWrite } from './seed-target';
import type { SeedPopulationOptions, SeedSummary } from './seed.types';

export const DEFAULT_SEED_SCHEMA = 'population';
/** Citizens per generated batch (about 125 KB of citizens text): small, so batches die young. */
const BATCH_SIZE = 500;

/**
 * Loads a synthetic province (`@d06/synthetic`) into the population schema: runs the service's migrations, then
 * streams the generator's batches into citizens, households, idcards and data_defects — COPY FROM STDIN on
 * PostgreSQL, batched INSERTs on the embedded database — with bounded memory and the database's backpressure.
 *
 * A seed is a bulk load, not millions of registrations: it publishes no citizen.registered events (the outbox is
 * untouched). The metrics service will learn the population size from one summary event per seed (e.g. a
 * `population.seeded` with the counts per province) — not built yet.
 *
 * @throws SeedError INVALID_OPTIONS for bad options, ALREADY_SEEDED when the schema has citizens and `replace`
 * is not set; database errors as they come (the seeded tables then keep their previous contents).
 */
export async function seedPopulation(options: SeedPopulationOptions): Promise<SeedSummary> {
  const schema = options.schema ?? DEFAULT_SEED_SCHEMA;
  const province = validate(options, schema);
  // Timed from here: the summary's seconds include the migrations and the final ANALYZE.
  const meter = new SeedProgressMeter(province.size, options.progressIntervalMs ?? 500, options.onProgress);
  const databaseUrl =
    options.databaseUrl ?? (await (options.embedded ?? EmbeddedPostgres.shared()).start()).url;

  const dataSource = await createDataSource({
    schema,
    entities: POPULATION_ENTITIES,
    migrations: POPULATION_MIGRATIONS,
    databaseUrl,
    poolSize: 1,
  });
  await dataSource.destroy();

  const target: SeedTarget =
    options.databaseUrl === undefined
      ? new InsertTarget(databaseUrl, schema)
      : new CopyTarget(databaseUrl, schema);
  try {
    await target.begin(options.replace ?? false);
    if (options.households) {
      for await (const batch of options.households) await written(target.write(batch), meter);
    } else {
      const batches = generateProvince({ ...province, batchSize: BATCH_SIZE });
      for (let write = writeNext(batches, target); write; write = writeNext(batches, target))
        await written(write, meter);
    }
    await target.commit();
  } catch (error) {
    await target.abort();
    throw error;
  }
  const progress = meter.finish();
  return {
    schema,
    provinceCode: province.provinceCode,
    size: province.size,
    seed: province.seed,
    referenceDate: province.referenceDate,
    mode: target.mode,
    rows: progress.rows,
    seconds: progress.elapsedSeconds,
    rowsPerSecond: progress.rowsPerSecond,
    citizensPerSecond: progress.elapsedSeconds > 0 ? progress.citizens / progress.elapsedSeconds : 0,
  };
}

/** Counts a written batch's rows, and waits while the database asks the loader to (COPY's backpressure). */
async function written(write: SeedWrite, meter: SeedProgressMeter): Promise<void> {
  meter.add(write.rows);
  if (write.ready) await write.ready;
}

/**
 * Pulls and writes one batch of the seed's own generator, then empties it (a shared batch is never emptied): while
 * the loader waits for the database nothing refers to the batch's households any more (the generator's frame still
 * holds the array), so they can be collected. See heap-tuning.ts for the rest of the story about the loader's heap.
 */
function writeNext(batches: Iterator<GeneratedHousehold[]>, target: SeedTarget): SeedWrite | undefined {
  const next = batches.next();
  if (next.done) return undefined;
  const write = target.write(next.value);
  next.value.length = 0;
  return write;
}

function validate(options: SeedPopulationOptions, schema: string): ProvinceOptions {
  try {
    assertSchemaName(schema);
    return resolveProvinceOptions(options);
  } catch (error) {
    throw new SeedError('INVALID_OPTIONS', error instanceof Error ? error.message : String(error));
  }
}
