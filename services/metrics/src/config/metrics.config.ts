import { loadEnv, serviceEnv, type EnvSource } from '@d06/platform';
import { z } from 'zod';

const metricsEnv = serviceEnv({ port: 3006, schema: 'metrics' }).extend({
  /**
   * Consumer group of the figure projections; a new group (with an empty schema) replays from the start. Default:
   * `<KAFKA_TOPIC_PREFIX>metrics`, so simulations sharing a cluster under different prefixes never share a group.
   */
  METRICS_GROUP: z.string().min(1).optional(),
  /**
   * Worker threads that decode, check and project the consumed batches (Kafka only; the consumer's thread screens
   * duplicates and stores). 0: all in the consumer's thread, as on the in-memory bus.
   */
  METRICS_INGEST_THREADS: z.coerce.number().int().min(0).max(16).default(2),
  /** Most events counted per transaction. */
  METRICS_MAX_BATCH: z.coerce.number().int().positive().default(5_000),
  /**
   * How long events may gather on Kafka before they are counted (fetch.max.wait.ms), unless
   * `METRICS_GATHER_BYTES` of them are there first: a figure is that much later, and each partition's counters are
   * written a few times a second instead of once per handful of events (the same rows, again and again).
   */
  METRICS_GATHER_MS: z.coerce.number().int().min(0).max(10_000).default(500),
  METRICS_GATHER_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /**
   * Re-published duplicates are recognised within this many records of the previous copy on their partition
   * (see RecentIdWindow): the bound of the dedupe window, about 100 bytes of memory per id per busy partition.
   */
  METRICS_DEDUPE_WINDOW: z.coerce.number().int().positive().default(20_000),
  /** First day of a month period (1: calendar months; 15: 15th of the previous month to the 14th). */
  METRICS_PERIOD_START_DAY: z.coerce.number().int().min(1).max(28).default(1),
});

export type MetricsConfig = Omit<z.output<typeof metricsEnv>, 'METRICS_GROUP'> & { METRICS_GROUP: string };

export function metricsConfig(env: EnvSource = process.env): MetricsConfig {
  const config = loadEnv(metricsEnv, env);
  return { ...config, METRICS_GROUP: config.METRICS_GROUP ?? `${config.KAFKA_TOPIC_PREFIX}metrics` };
}
