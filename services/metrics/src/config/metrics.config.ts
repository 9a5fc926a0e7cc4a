import { loadEnv, serviceEnv, type EnvSource } from '@d06/platform';
import { z } from 'zod';

const metricsEnv = serviceEnv({ port: 3006, schema: 'metrics' }).extend({
  /** Consumer group of the figure projections; a new group (with an empty schema) replays from the start. */
  METRICS_GROUP: z.string().min(1).default('metrics'),
  /** Most events counted per transaction. */
  METRICS_MAX_BATCH: z.coerce.number().int().positive().default(5_000),
});

export type MetricsConfig = z.output<typeof metricsEnv>;

export function metricsConfig(env: EnvSource = process.env): MetricsConfig {
  return loadEnv(metricsEnv, env);
}
