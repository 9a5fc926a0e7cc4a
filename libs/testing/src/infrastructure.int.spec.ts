import Redis from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { infrastructure } from './infrastructure';

// Proves the endpoints global setup resolved really answer, whatever their source (env, containers, local).
const { kafkaBrokers, databaseUrl, redisUrl } = infrastructure();

describe('test infrastructure', () => {
  it('PostgreSQL runs SELECT 1 on the database the URL names', async () => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const result = await client.query<{ one: number; db: string }>(
        'SELECT 1 AS one, current_database() AS db',
      );
      expect(result.rows).toEqual([
        { one: 1, db: decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) },
      ]);
    } finally {
      await client.end();
    }
  });

  it('Redis answers PING', async () => {
    const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    try {
      expect(await redis.ping()).toBe('PONG');
    } finally {
      await redis.quit();
    }
  });

  it('Kafka lists topics and advertises brokers the tests can reach', async () => {
    const kafka = new Kafka({ clientId: 'd06-testing', brokers: kafkaBrokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const topics = await admin.listTopics();
      expect(topics.every((topic) => typeof topic === 'string')).toBe(true);
      const { brokers } = await admin.describeCluster();
      expect(brokers.length).toBeGreaterThan(0);
      for (const broker of brokers) expect(kafkaBrokers).toContain(`${broker.host}:${broker.port}`);
    } finally {
      await admin.disconnect();
    }
  });
});
