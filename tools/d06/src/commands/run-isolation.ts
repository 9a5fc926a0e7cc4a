import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import type { InfraEndpoints } from './local-infra';

/**
 * What keeps one run on shared infrastructure apart from every other (and from older data): its own schemas, topic
 * prefix (which also prefixes its consumer groups and cache keys) and shared-clock namespace.
 */
export interface RunIsolation {
  readonly runId: string;
  readonly topicPrefix: string;
  readonly clockPrefix: string;
  schemaOf(service: string): string;
}

export function runIsolation(
  runId = `r${Date.now().toString(36)}${randomBytes(2).toString('hex')}`,
): RunIsolation {
  return {
    runId,
    topicPrefix: `d06-${runId}.`,
    clockPrefix: `d06:${runId}:`,
    // the service's default schema (one-stop → one_stop) with the run's suffix
    schemaOf: (service) => `${service.replace(/-/g, '_')}_${runId}`,
  };
}

/**
 * Removes what a run left: its schemas, its topics and consumer groups, its Redis keys (cache and clock). Each
 * part is attempted; the failures are returned as lines, not thrown, so a cleanup never hides the run's result.
 */
export async function removeRunData(isolation: RunIsolation, endpoints: InfraEndpoints): Promise<string[]> {
  const problems: string[] = [];
  const attempt = async (what: string, work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  await attempt('schemas', async () => {
    const client = new Client({ connectionString: endpoints.DATABASE_URL });
    await client.connect();
    try {
      // the services' schemas and those they add beside theirs (social security's `<schema>_rail`)
      const { rows } = await client.query<{ name: string }>(
        'SELECT nspname AS name FROM pg_namespace WHERE position($1 in nspname) > 0',
        [`_${isolation.runId}`],
      );
      for (const { name } of rows) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    } finally {
      await client.end();
    }
  });
  await attempt('topics', async () => {
    const kafka = new Kafka({
      clientId: 'd06-cleanup',
      brokers: endpoints.KAFKA_BROKERS.split(',').map((broker) => broker.trim()),
      logLevel: logLevel.NOTHING,
      retry: { retries: 3 },
    });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const mine = (name: string) => name.startsWith(isolation.topicPrefix);
      const groups = (await admin.listGroups()).groups.map((group) => group.groupId).filter(mine);
      if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
      const topics = (await admin.listTopics()).filter(mine);
      if (topics.length > 0) await admin.deleteTopics({ topics });
    } finally {
      await admin.disconnect();
    }
  });
  await attempt('redis keys', async () => {
    const redis = new Redis(endpoints.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `d06:*${isolation.runId}*`, 'COUNT', 1_000);
        if (keys.length > 0) await redis.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  });
  return problems;
}
