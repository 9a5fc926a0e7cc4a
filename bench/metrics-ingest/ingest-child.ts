// Runs the metrics service's consumer alone in this process (so its peak memory is its own) until it has stored
// positions at the end of the topic (which holds exactly `expected` records from offset 0), then prints one JSON line
// with the timings and what it counted.
import { Client } from 'pg';
import { createMetricsApp, metricsConfig } from '@d06/metrics';
import { RssSampler } from '../seed-population/rss-sampler';

async function main(): Promise<void> {
  const [prefix, schema, expectedRaw, databaseUrl, brokers] = process.argv.slice(2);
  const expected = Number(expectedRaw);
  const group = `${schema}-group`;
  const sampler = new RssSampler();
  sampler.start(20);
  const started = performance.now();
  const app = await createMetricsApp(
    metricsConfig({
      PORT: '0',
      KAFKA_BROKERS: brokers,
      KAFKA_TOPIC_PREFIX: prefix,
      DATABASE_URL: databaseUrl,
      DB_SCHEMA: schema,
      // a group of its own: a group whose Kafka offsets are at the end would not replay into an empty schema
      METRICS_GROUP: group,
      METRICS_INGEST_THREADS: process.env.METRICS_INGEST_THREADS,
      // unset: the service's default
      METRICS_MAX_BATCH: process.env.METRICS_MAX_BATCH,
      LOG_LEVEL: 'warn',
    }),
  );
  await app.init();
  const ready = performance.now();
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  let firstCounted: number | undefined;
  // polls the stored positions (a few rows), not the counters: a query over the counters would compete with the
  // ingest for the two cores as the table grows
  for (;;) {
    const { rows } = await db.query<{ position: string }>(
      `SELECT coalesce(sum(next_offset), 0)::text AS position FROM "${schema}".consumer_offsets ` +
        'WHERE consumer_group = $1',
      [group],
    );
    const position = Number(rows[0].position);
    if (position > 0 && firstCounted === undefined) firstCounted = performance.now();
    if (position >= expected) break;
    // often enough that the end is seen within a few hundredths of a second of the last batch's commit
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const done = performance.now();
  const peak = sampler.stop();
  const { rows } = await db.query<{ counted: string; windowRows: string; windowIds: string }>(
    `SELECT (SELECT sum(value) FROM "${schema}".metric_daily WHERE metric LIKE 'ev:%')::text AS counted, ` +
      `(SELECT count(*) FROM "${schema}".dedupe_window)::text AS "windowRows", ` +
      `(SELECT coalesce(sum(length(entries)), 0) / 20 FROM "${schema}".dedupe_window)::text AS "windowIds"`,
  );
  await db.end();
  await app.close();
  process.stdout.write(
    `${JSON.stringify({
      startupSeconds: (ready - started) / 1000,
      seconds: (done - ready) / 1000,
      firstCountedAfterSeconds: ((firstCounted ?? done) - ready) / 1000,
      counted: Number(rows[0].counted),
      dedupeWindowRows: Number(rows[0].windowRows),
      dedupeWindowIds: Number(rows[0].windowIds),
      peakRssBytes: peak,
    })}\n`,
  );
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
