import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { infrastructure, waitFor } from '@d06/testing';
import { createMetricsApp, metricsConfig, METRICS_TOPICS } from '../src';

/** A metrics service on the real Kafka and PostgreSQL, in its own schema and consumer group. */
export async function startMetrics(
  run: string,
  name: string,
  maxBatch = 7,
  dedupeWindow = 20_000,
): Promise<{ app: INestApplication; url: string }> {
  const infra = infrastructure();
  const app = await createMetricsApp(
    metricsConfig({
      PORT: '0',
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: `${run}.`,
      DATABASE_URL: infra.databaseUrl,
      DB_SCHEMA: `${run}_${name}`.replace(/\W/g, '_'),
      METRICS_GROUP: `${run}-${name}`,
      METRICS_MAX_BATCH: String(maxBatch),
      METRICS_DEDUPE_WINDOW: String(dedupeWindow),
      METRICS_PERIOD_START_DAY: '15',
      LOG_LEVEL: 'warn',
    }),
  );
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

/** Resolves when the group's stored positions reached the end of every metrics topic (all events handled). */
export async function waitUntilCaughtUp(run: string, name: string, timeoutMs = 60_000): Promise<void> {
  const infra = infrastructure();
  const kafka = new Kafka({
    clientId: 'metrics-test',
    brokers: infra.kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const db = new Client({ connectionString: infra.databaseUrl });
  await db.connect();
  const schema = `${run}_${name}`.replace(/\W/g, '_');
  try {
    const ends = new Map<string, string>();
    for (const topic of METRICS_TOPICS)
      for (const o of await admin.fetchTopicOffsets(`${run}.${topic}`))
        ends.set(`${topic}/${o.partition}`, o.high);
    await waitFor(
      async () => {
        const rows = (
          await db.query(
            `SELECT topic, partition, next_offset FROM "${schema}".consumer_offsets WHERE consumer_group = $1`,
            [`${run}-${name}`],
          )
        ).rows as { topic: string; partition: number; next_offset: string }[];
        const stored = new Map(rows.map((r) => [`${r.topic}/${r.partition}`, r.next_offset]));
        return [...ends].every(([key, high]) => high === '0' || stored.get(key) === high);
      },
      { timeoutMs, message: `${name} caught up with every topic` },
    );
  } finally {
    await db.end();
    await admin.disconnect();
  }
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
