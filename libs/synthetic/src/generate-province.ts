import { GeneratorContext } from './generator-context';
import { adoptLeftovers, buildHousehold, type BuiltHousehold } from './household/household-builder';
import { HouseholdPlanner } from './population/household-planner';
import { PopulationPool } from './population/population-pool';
import { resolveProvinceOptions, type GenerateProvinceInput } from './province-options';
import type { GeneratedHousehold } from './records.types';

/** People waiting in the pool: enough for any household to find members of fitting ages. */
const POOL_TARGET = 6_000;

/**
 * A synthetic province as a stream of batches of households, each with its members. Deterministic: the same
 * options give the same citizens in the same order on every machine, whatever the batch size. Memory stays
 * bounded (the pool's counters, one batch, and the last few thousand people) whatever the size: 3.6 M citizens
 * stream like 20 000.
 *
 * @throws SyntheticOptionsError on bad options (before the first batch).
 */
export function generateProvince(
  input: GenerateProvinceInput,
): Generator<GeneratedHousehold[], void, undefined> {
  const options = resolveProvinceOptions(input);
  return batches(new GeneratorContext(options), options.size, options.batchSize);
}

function* batches(
  context: GeneratorContext,
  size: number,
  batchSize: number,
): Generator<GeneratedHousehold[], void, undefined> {
  const pool = new PopulationPool();
  const planner = new HouseholdPlanner(pool, context.random.plan);
  const poolTarget = Math.min(POOL_TARGET, Math.max(500, Math.floor(size / 10)));
  // Once everyone is drawn, the pool drains; households built from then on are held back to the end, so the
  // pool's last children (when no adult is left) can join one of them. What is held depends on the size only.
  const held: BuiltHousehold[] = [];
  let batch: GeneratedHousehold[] = [];
  let batchPeople = 0;
  let drawn = 0;
  while (drawn < size || pool.total > 0) {
    const wanted = Math.min(poolTarget - pool.total, size - drawn);
    if (wanted > 0) {
      pool.draw(context.random.pool, wanted);
      drawn += wanted;
    }
    const { slots, leftover } = planner.plan();
    if (leftover && held.length > 0) {
      adoptLeftovers(context, held, slots);
      continue;
    }
    const built = buildHousehold(context, slots);
    if (drawn === size) {
      held.push(built);
      continue;
    }
    batch.push(built.household);
    batchPeople += slots.length;
    if (batchPeople >= batchSize) {
      yield batch;
      batch = [];
      batchPeople = 0;
    }
  }
  for (const { household } of held) {
    batch.push(household);
    batchPeople += household.members.length;
    if (batchPeople >= batchSize) {
      yield batch;
      batch = [];
      batchPeople = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
