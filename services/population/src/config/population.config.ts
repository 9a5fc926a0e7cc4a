import { loadEnv, redisUrl, serviceEnv, type EnvSource } from '@d06/platform';
import type { z } from 'zod';

const populationEnv = serviceEnv({ port: 3001, schema: 'population' }).extend({
  /** Hot lookups are cached here; in memory when unset. */
  REDIS_URL: redisUrl,
});

export type PopulationConfig = z.output<typeof populationEnv>;

/** The population service's settings, validated at boot: a bad variable stops it with the variable's name. */
export function populationConfig(env: EnvSource = process.env): PopulationConfig {
  return loadEnv(populationEnv, env);
}
