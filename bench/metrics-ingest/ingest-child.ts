// Runs the metrics service's consumer alone in this process (so its peak memory is its own) until it has stored
// positions at the end of the topic, then prints one JSON line with the timings.
import { Client } from 'pg';
import { createMetricsApp, metricsConfig } from '@d06/metrics';
import { RssSampler } from '../seed-population/rss-sampler';

async function main(): Promise<void> {
  const [prefix, schema, expectedRaw, databaseUrl, brokers] = process.argv.slice(2);
  const expected = Number(expectedRaw);
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
      METRICS_GROUP: `${schema}-group`,
      LOG_LEVEL: 'warn',
    }),
  );
  await app.init();
  const ready = performance.now();
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  let firstCounted: number | undefined;
  for (;;) {
    const { rows } = await db.query<{ counted: string }>(
      `SELECT coalesce(sum(value), 0)::text AS counted FROM "${schema}".metric_daily WHERE metric LIKE 'ev:%'`,
    );
    const counted = Number(rows[0].counted);
    if (counted > 0 && firstCounted === undefined) firstCounted = performance.now();
    if (counted >= expected) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const done = performance.now();
  const peak = sampler.stop();
  const { rows } = await db.query<{ counted: string; ids: string }>(
    `SELECT (SELECT sum(value) FROM "${schema}".metric_daily WHERE metric LIKE 'ev:%')::text AS counted, ` +
      `(SELECT count(*) FROM "${schema}".counted_events)::text AS ids`,
  );
  await db.end();
  await app.close();
  process.stdout.write(
    `${JSON.stringify({
      startupSeconds: (ready - started) / 1000,
      seconds: (done - ready) / 1000,
      firstCountedAfterSeconds: ((firstCounted ?? done) - ready) / 1000,
      counted: Number(rows[0].counted),
      idsRemembered: Number(rows[0].ids),
      peakRssBytes: peak,
    })}\n`,
  );
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
