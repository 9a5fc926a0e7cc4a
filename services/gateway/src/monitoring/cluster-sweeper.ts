import { setPriority } from 'node:os';
import { EVENT_CONTRACTS, TOPIC_PARTITIONS } from '@d06/contracts';
import { createEventBus, type EventBus } from '@d06/messaging';
import { createDataSource } from '@d06/persistence';
import type { GatewayConfig } from '../config/gateway.config';
import { GATEWAY_ENTITIES } from '../gateway.entities';
import { GATEWAY_MIGRATIONS } from '../migrations';
import { ChainSweeper } from './chain-sweeper';
import { LogFollower } from './log-follower';
import { createRecordSink } from './record-sinks';

/** Lower CPU priority of the sweeper (nice 10): under a burst the workers answer first. */
const SWEEPER_NICE = 10;

/**
 * The node:cluster primary's part of monitoring (it serves no requests): each worker publishes its own chain's
 * records; the primary sweeps every other chain from the log — a worker's once it has exited — on its own
 * connections. Resolves a stop function: it ships what is logged, then closes.
 */
export async function startClusterSweeper(
  config: GatewayConfig,
  liveChains: ReadonlySet<string>,
): Promise<() => Promise<void>> {
  const dataSource = await createDataSource({
    schema: config.DB_SCHEMA,
    databaseUrl: config.DATABASE_URL,
    entities: GATEWAY_ENTITIES,
    migrations: GATEWAY_MIGRATIONS,
    poolSize: 2,
  });
  let bus: EventBus | undefined;
  const sink = await createRecordSink(config, async () => {
    bus = await createEventBus({
      source: 'd06/gateway',
      contracts: Object.values(EVENT_CONTRACTS),
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
      topicPartitions: TOPIC_PARTITIONS,
    });
    return bus;
  });
  try {
    setPriority(SWEEPER_NICE);
  } catch {
    // not permitted here: it runs at normal priority
  }
  const sweeper = new ChainSweeper(
    new LogFollower(dataSource, config.DB_SCHEMA),
    sink,
    (chain) => liveChains.has(chain),
    { batchMax: config.GATEWAY_LOG_BATCH_MAX, idleMs: 1_000 },
    (error) => process.stderr.write(`gateway monitoring sweeper: ${String(error)}\n`),
  );
  sweeper.start();
  return async () => {
    await sweeper.stop();
    await sink.close();
    await bus?.close();
    await dataSource.destroy();
  };
}
