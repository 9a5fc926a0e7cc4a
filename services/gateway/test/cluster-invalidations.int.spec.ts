import { EVENT_CONTRACTS, EVENT_TYPES } from '@d06/contracts';
import { createEventBus, type EventBus } from '@d06/messaging';
import { infrastructure, uniqueName, waitFor } from '@d06/testing';
import { Redis } from 'ioredis';
import { gatewayConfig, gatewayKeyPrefix } from '../src';
import { startClusterInvalidations } from '../src/cache/cluster-invalidations';
import { RedisResponseCache } from '../src/cache/response-cache';

// The node:cluster primary consumes change events for the workers: stale answers leave Redis, and the workers'
// near caches hear it on the invalidation channel.
describe('cluster invalidations (Kafka and Redis)', () => {
  const infra = infrastructure();
  const run = uniqueName('gwinv');
  const config = gatewayConfig({
    DB_SCHEMA: run,
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `${run}.`,
    REDIS_URL: infra.redisUrl,
  });
  const prefix = gatewayKeyPrefix(config);
  let stop: () => Promise<void>;
  let bus: EventBus;
  const redis = new Redis(infra.redisUrl);
  const listener = new Redis(infra.redisUrl);
  const heard: string[] = [];

  beforeAll(async () => {
    await listener.subscribe(`${prefix}invalidate`);
    listener.on('message', (_channel: string, message: string) => void heard.push(message));
    stop = await startClusterInvalidations(config);
    bus = await createEventBus({
      source: 'd06/bhyt',
      contracts: Object.values(EVENT_CONTRACTS),
      kafkaBrokers: infra.kafkaBrokers,
      topicPrefix: `${run}.`,
    });
  }, 60_000);

  afterAll(async () => {
    await bus?.close();
    await stop?.();
    listener.disconnect();
    redis.disconnect();
  });

  it("drops the holder's cached card checks and tells every near cache", async () => {
    const cache = new RedisResponseCache(redis, prefix);
    const answer = { status: 200, contentType: 'application/json', body: '{"valid":true}' };
    await cache.set('check-holder', answer, 300, ['id:038090007777', 'sin:3812345678']);
    await cache.set('check-other', answer, 300, ['id:038090001111']);
    await bus.publish([
      {
        type: EVENT_TYPES.BHYT_CARD_REDUCED,
        data: {
          idNumber: '038090007777',
          socialInsuranceNumber: '3812345678',
          cardCode: 'GD4383812345678',
          provinceCode: '038',
          reason: 'deceased',
          effectiveOn: '2023-09-12',
          occurredAt: '2023-09-12T08:05:00+07:00',
        },
      },
    ]);
    await waitFor(async () => (await cache.get('check-holder')) === undefined, {
      timeoutMs: 20_000,
      message: 'the stale answer dropped',
    });
    await waitFor(() => heard.includes('id:038090007777 sin:3812345678'), {
      timeoutMs: 5_000,
      message: 'the invalidation broadcast',
    });
    expect(await cache.get('check-other')).toBeDefined();
  });
});
