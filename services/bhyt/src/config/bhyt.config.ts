import { loadEnv, redisUrl, serviceEnv, type EnvSource } from '@d06/platform';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true');

const bhytEnv = serviceEnv({ port: 3004, schema: 'bhyt' }).extend({
  /** Card lookups are served from here (keys by ID number and by social-insurance number); in memory when unset. */
  REDIS_URL: redisUrl,
  /** How long a cached card (or a cached "no card") lives; writes drop the entries they change at once. */
  BHYT_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).default(3_600),
  /** Most lookup events written to the outbox in one transaction (group commit). */
  BHYT_LOOKUP_BATCH_MAX: z.coerce.number().int().min(1).max(5_000).default(500),
  /** How long a lookup event waits for others before its batch is written; 0: as soon as the last write ends. */
  BHYT_LOOKUP_LINGER_MS: z.coerce.number().int().min(0).max(1_000).default(0),
  /** How often (seconds) the facility registry is re-read, so replicas follow each other's changes. */
  BHYT_FACILITY_REFRESH_SECONDS: z.coerce.number().int().min(1).default(60),
  /** The population service, which verifies participant records (POST /v1/verifications/batch). */
  POPULATION_URL: z.string().url().default('http://127.0.0.1:3001'),
  /** Agency code BHXH states when it calls the population service. */
  BHYT_AGENCY: z.string().min(1).default('G01.BHXH.VN'),
  /** Records per verification batch sent to the population service (its limit is 10 000). */
  BHYT_SYNC_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(10_000),
  /** Issue a child's TE card on population's citizen.registered (birth) without waiting for the one-stop saga. */
  BHYT_AUTO_ISSUE_CHILD_CARDS: flag,
  /** Share (0-1) of household renewals whose premium-confirmation step fails (the reported fault). */
  BHYT_RENEWAL_CONFIRMATION_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  /** Seed of the injected faults: the same seed fails the same households' same attempts. */
  BHYT_FAULT_SEED: z.coerce.number().int().min(0).max(0xffffffff).default(0),
});

export type BhytConfig = z.output<typeof bhytEnv>;

/** The BHYT service's settings, validated at boot: a bad variable stops it with the variable's name. */
export function bhytConfig(env: EnvSource = process.env): BhytConfig {
  return loadEnv(bhytEnv, env);
}

/** Prefix of the service's cache keys: the seeder warms the cache under the same one. */
export function bhytCachePrefix(config: { KAFKA_TOPIC_PREFIX: string; DB_SCHEMA: string }): string {
  return `d06:${config.KAFKA_TOPIC_PREFIX}${config.DB_SCHEMA}:`;
}
