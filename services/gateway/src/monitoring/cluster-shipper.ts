import { setPriority } from 'node:os';
import { EVENT_CONTRACTS, TOPIC_PARTITIONS } from '@d06/contracts';
import { createEventBus } from '@d06/messaging';
import { createDataSource } from '@d06/persistence';
import type { GatewayConfig } from '../config/gateway.config';
import { GATEWAY_ENTITIES } from '../gateway.entities';
import { GATEWAY_MIGRATIONS } from '../migrations';
import { MonitoringShipper } from './monitoring-shipper';

/** Lower CPU priority of the shipper (nice 10): under a burst the workers answer first, the records follow. */
const SHIPPER_NICE = 10;

/**
 * The monitoring shipper of a node:cluster deployment, run by the primary (which serves no requests), on its own
 * connections. Resolves a stop function: it ships what is logged, then closes.
 */
export async function startClusterShipper(config: GatewayConfig): Promise<() => Promise<void>> {
  const dataSource = await createDataSource({
    schema: config.DB_SCHEMA,
    databaseUrl: config.DATABASE_URL,
    entities: GATEWAY_ENTITIES,
    migrations: GATEWAY_MIGRATIONS,
    poolSize: 2,
  });
  const bus = await createEventBus({
    source: 'd06/gateway',
    contracts: Object.values(EVENT_CONTRACTS),
    kafkaBrokers: config.KAFKA_BROKERS,
    topicPrefix: config.KAFKA_TOPIC_PREFIX,
    topicPartitions: TOPIC_PARTITIONS,
  });
  try {
    setPriority(SHIPPER_NICE);
  } catch {
    // not permitted here: it runs at normal priority
  }
  const shipper = new MonitoringShipper(
    dataSource,
    bus,
    { schema: config.DB_SCHEMA, batchMax: config.GATEWAY_LOG_BATCH_MAX, idleMs: 100 },
    (error) => process.stderr.write(`gateway monitoring shipper: ${String(error)}\n`),
  );
  shipper.start();
  return async () => {
    await shipper.stop();
    await bus.close();
    await dataSource.destroy();
  };
}
