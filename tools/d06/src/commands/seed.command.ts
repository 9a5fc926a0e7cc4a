import type { Command } from 'commander';
import { seedPopulation, SeedError, tuneHeapForSeeding } from '@d06/population/src/seed';
import { DATABASE_URL_MISSING, databaseUrlFrom } from './seed-arguments';
import { seedProgressReporter } from './seed-progress.reporter';
import { formatSeedSummary } from './seed-summary';

import { SEED_EXIT, seedSubcommand, type SeedProvinceArguments } from './seed-province-options';

export { SEED_EXIT };
export type SeedPopulationArguments = SeedProvinceArguments;

/** `d06 seed population …`: a synthetic province into the population schema. */
export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('load synthetic data into a service database')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : SEED_EXIT.badArguments));
  seedSubcommand(program, {
    name: 'population',
    description: 'generate a synthetic province and load it into the population schema (PostgreSQL COPY)',
    defaultSchema: 'population',
    replaceHelp: 'empty the seeded tables first (otherwise a schema with citizens is refused)',
    dateHelp: 'date the ages, cards and benefits are as of',
  }).action(async (options: SeedPopulationArguments) => {
    process.exitCode = await runSeedPopulation(options);
  });
}

/** Runs the seed and prints; returns the exit code. */
export async function runSeedPopulation(options: SeedPopulationArguments): Promise<number> {
  const databaseUrl = databaseUrlFrom(options.databaseUrl);
  if (databaseUrl === undefined) {
    process.stderr.write(`d06 seed population: ${DATABASE_URL_MISSING}\n`);
    return SEED_EXIT.badArguments;
  }
  tuneHeapForSeeding();
  const progress = seedProgressReporter();
  try {
    const summary = await seedPopulation({
      databaseUrl,
      schema: options.schema,
      provinceCode: options.province,
      size: options.size,
      seed: options.seed,
      referenceDate: options.referenceDate,
      replace: options.replace ?? false,
      onProgress: progress.report,
    });
    progress.stop();
    process.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : formatSeedSummary(summary));
    return SEED_EXIT.ok;
  } catch (error) {
    progress.stop();
    // Only the message: a database error's detail could quote a row, and rows hold personal ID numbers.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`d06 seed population: ${message}\n`);
    return error instanceof SeedError && error.code === 'INVALID_OPTIONS'
      ? SEED_EXIT.badArguments
      : SEED_EXIT.failure;
  }
}
