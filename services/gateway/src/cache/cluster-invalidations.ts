import { EVENT_CONTRACTS, TOPIC_PARTITIONS } from '@d06/contracts';
import { createEventBus } from '@d06/messaging';
import { gatewayKeyPrefix, type GatewayConfig } from '../config/gateway.config';
import { closeRedis, createRedis } from '../support/redis-connection';
import { CHANGE_EVENT_TYPES, invalidationChannel, subjectsOfChange } from './change-events';
import { RedisResponseCache } from './response-cache';

const CHANGE_TYPES = new Set<string>(CHANGE_EVENT_TYPES);

/**
 * The node:cluster primary's part of the response cache: it consumes the providers' change events (in the group
 * the workers would use) and drops the stale answers in Redis and, over the invalidation channel, in every
 * worker's near cache — so the workers run no Kafka consumer of their own. Resolves a stop function.
 */
export async function startClusterInvalidations(config: GatewayConfig): Promise<() => Promise<void>> {
  const redis = createRedis(config.REDIS_URL!, `gateway-${config.GATEWAY_TIER}-primary`);
  const prefix = gatewayKeyPrefix(config);
  const cache = new RedisResponseCache(redis, prefix);
  const bus = await createEventBus({
    source: 'd06/gateway',
    contracts: Object.values(EVENT_CONTRACTS),
    kafkaBrokers: config.KAFKA_BROKERS,
    topicPrefix: config.KAFKA_TOPIC_PREFIX,
    topicPartitions: TOPIC_PARTITIONS,
  });
  const subscription = await bus.subscribe({
    group: `${config.KAFKA_TOPIC_PREFIX}gateway-${config.GATEWAY_TIER}`,
    topics: [...new Set(CHANGE_EVENT_TYPES.map((type) => EVENT_CONTRACTS[type].topic))],
    types: CHANGE_EVENT_TYPES,
    handler: async ({ event }) => {
      if (!CHANGE_TYPES.has(event.type)) return;
      const subjects = subjectsOfChange(event.data);
      if (subjects.length === 0) return;
      await cache.invalidate(subjects);
      await redis.publish(invalidationChannel(prefix), subjects.join(' '));
    },
  });
  return async () => {
    await subscription.stop();
    await bus.close();
    await closeRedis(redis);
  };
}
