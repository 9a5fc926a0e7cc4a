import { InvalidArgumentError, type Command } from 'commander';
import { bhytCachePrefix } from '@d06/bhyt';
import { seedBhyt, SeedError, type SeedBhytProgress, type SeedBhytSummary } from '@d06/bhyt/src/seed';
import { provinceByCode } from '@d06/domain';
import { DATABASE_URL_MISSING, databaseUrlFrom } from './seed-arguments';
import { SEED_EXIT, seedSubcommand, type SeedProvinceArguments } from './seed-province-options';

export interface SeedBhytArguments extends SeedProvinceArguments {
  readonly facilityIdCardShare?: number;
  readonly redisUrl?: string;
  /** false with --no-warm-cache. */
  readonly warmCache: boolean;
  readonly topicPrefix?: string;
  readonly cacheTtl: number;
}

const PROGRESS_INTERVAL_SECONDS = 5;

/** `d06 seed bhyt …`, next to `d06 seed population` (registered by registerSeedCommand). */
export function registerSeedBhytCommand(program: Command): void {
  seedSubcommand(program, {
    name: 'bhyt',
    description:
      "generate a synthetic province's BHYT participants, cards and facilities and load them into the bhyt schema " +
      '(PostgreSQL COPY); use the population seed’s province, size, seed and reference date for the same people',
    defaultSchema: 'bhyt',
    replaceHelp: 'empty the registry first (otherwise a schema with participants is refused)',
    dateHelp: 'date the ages, cards and states are as of',
  })
    .option(
      '--facility-id-card-share <0-1>',
      'share of facilities using the chip ID card (default 1)',
      parseShare,
    )
    .option(
      '--redis-url <url>',
      "the service's Redis, whose cache is warmed after the load (default: REDIS_URL)",
    )
    .option('--no-warm-cache', 'do not warm the cache')
    .option(
      '--topic-prefix <prefix>',
      "the service's KAFKA_TOPIC_PREFIX, part of its cache keys (default: env)",
    )
    .option(
      '--cache-ttl <seconds>',
      'lifetime of the warmed entries (the service’s BHYT_CACHE_TTL_SECONDS)',
      parseTtl,
      3_600,
    )
    .action(async (options: SeedBhytArguments) => {
      process.exitCode = await runSeedBhyt(options);
    });
}

/** Runs the seed and prints; returns the exit code. */
export async function runSeedBhyt(
  options: SeedBhytArguments,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const databaseUrl = databaseUrlFrom(options.databaseUrl, env);
  if (databaseUrl === undefined) {
    process.stderr.write(`d06 seed bhyt: ${DATABASE_URL_MISSING}\n`);
    return SEED_EXIT.badArguments;
  }
  const redisUrl = options.warmCache ? (options.redisUrl ?? env.REDIS_URL)?.trim() || undefined : undefined;
  let next = PROGRESS_INTERVAL_SECONDS;
  const report = (progress: SeedBhytProgress): void => {
    if (!progress.done && progress.elapsedSeconds < next) return;
    next = progress.elapsedSeconds + PROGRESS_INTERVAL_SECONDS;
    process.stderr.write(
      `seeded ${progress.citizens}/${progress.totalCitizens} citizens, ${progress.participants} participants, ` +
        `${progress.elapsedSeconds.toFixed(1)} s\n`,
    );
  };
  try {
    const summary = await seedBhyt({
      databaseUrl,
      schema: options.schema,
      provinceCode: options.province,
      size: options.size,
      seed: options.seed,
      referenceDate: options.referenceDate,
      facilityIdCardShare: options.facilityIdCardShare,
      replace: options.replace ?? false,
      redisUrl,
      cachePrefix: bhytCachePrefix({
        KAFKA_TOPIC_PREFIX: options.topicPrefix ?? env.KAFKA_TOPIC_PREFIX ?? '',
        DB_SCHEMA: options.schema,
      }),
      cacheTtlSeconds: options.cacheTtl,
      onProgress: report,
    });
    process.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : formatBhytSeedSummary(summary));
    return SEED_EXIT.ok;
  } catch (error) {
    // Only the message: a database error's detail could quote a row, and rows hold personal ID numbers.
    process.stderr.write(`d06 seed bhyt: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof SeedError && error.code === 'INVALID_OPTIONS'
      ? SEED_EXIT.badArguments
      : SEED_EXIT.failure;
  }
}

export function formatBhytSeedSummary(summary: SeedBhytSummary): string {
  const province = provinceByCode(summary.provinceCode)?.name ?? summary.provinceCode;
  const n = (value: number) => value.toLocaleString('en-US');
  return [
    `Seeded the BHYT registry of ${province} (${summary.provinceCode}) into schema "${summary.schema}" ` +
      `(${n(summary.size)} citizens, seed ${summary.seed}, as of ${summary.referenceDate}, ${summary.mode}).`,
    `  participants  ${n(summary.rows.participants)} (${n(summary.cardsSyncedWithIdCard)} linked to their ID number, ` +
      `${n(summary.validCardsSyncedWithIdCard)} of them with a valid card)`,
    `  cards         ${n(summary.rows.cards)}`,
    `  facilities    ${n(summary.rows.facilities)} (${n(summary.facilitiesAcceptingIdCard)} using the chip ID card)`,
    `  cache         ${summary.cacheEntries > 0 ? `${n(summary.cacheEntries)} entries warmed` : 'not warmed'}`,
    `  ${summary.seconds.toFixed(1)} s`,
    '',
  ].join('\n');
}

function parseShare(value: string): number {
  const share = Number(value);
  if (value.trim() === '' || !(share >= 0 && share <= 1))
    throw new InvalidArgumentError('expected a share from 0 to 1');
  return share;
}

function parseTtl(value: string): number {
  const ttl = Number(value);
  if (!Number.isInteger(ttl) || ttl < 1) throw new InvalidArgumentError('expected a whole number of seconds');
  return ttl;
}
