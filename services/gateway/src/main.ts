import './tracing';
import cluster from 'node:cluster';
import { gatewayConfig } from './config/gateway.config';
import { createGatewayApp } from './gateway.app';
import { chainName } from './message-log/chain-name';
import { startClusterInvalidations } from './cache/cluster-invalidations';
import { startClusterSweeper } from './monitoring/cluster-sweeper';

/**
 * The workers' young generation: a lookup allocates a few kB that die young, and the log and record batches live
 * about a tenth of a second. 32 MB semi-spaces (16 by default) halve the scavenges and let those batches die before
 * they are promoted, so the old generation — whose collections are the long pauses — grows far more slowly.
 */
const WORKER_HEAP = ['--max-semi-space-size=32', '--min-semi-space-size=32'];

/**
 * One process per core when GATEWAY_WORKERS > 1 (node:cluster; the workers share the port), as a gateway is
 * deployed: the data plane is stateless — limits, cache and costs in Redis, registry and message log in
 * PostgreSQL (a hash chain per worker) — so workers and replicas scale the same way. Each worker publishes its
 * own chain's monitoring records; the primary serves no requests: it sweeps the other chains (a worker's, once it
 * has exited) from the message log, at a lower CPU priority, and consumes the providers' change events for the
 * workers' caches.
 */
async function main(): Promise<void> {
  const config = gatewayConfig();
  if (config.GATEWAY_WORKERS > 1 && cluster.isPrimary) {
    if (!config.DATABASE_URL)
      throw new Error('GATEWAY_WORKERS > 1 needs DATABASE_URL: workers share one database');
    cluster.setupPrimary({ execArgv: [...process.execArgv, ...WORKER_HEAP] });
    const liveChains = new Set<string>();
    const slots = new Map<number, string>();
    // with Redis, one consumer of change events (here) reaches every worker's near cache over its channel
    const centralInvalidations = Boolean(config.REDIS_URL && config.KAFKA_BROKERS?.length);
    for (let slot = 0; slot < config.GATEWAY_WORKERS; slot++) {
      const worker = cluster.fork({
        GATEWAY_WORKER_SLOT: String(slot),
        GATEWAY_SHIPPER: 'off',
        ...(centralInvalidations ? { GATEWAY_CHANGE_EVENTS: 'off' } : {}),
      });
      slots.set(worker.id, chainName(config, String(slot)));
      liveChains.add(chainName(config, String(slot)));
    }
    const stopSweeper = config.GATEWAY_MONITORING
      ? await startClusterSweeper(config, liveChains)
      : () => Promise.resolve();
    const stopInvalidations = centralInvalidations
      ? await startClusterInvalidations(config)
      : () => Promise.resolve();
    const stopPrimary = async () => {
      await stopInvalidations();
      await stopSweeper();
    };
    let stopping = false;
    cluster.on('exit', (worker, code, signal) => {
      // its chain is nobody's now: the primary ships what it left
      liveChains.delete(slots.get(worker.id) ?? '');
      if (!stopping)
        process.stderr.write(`gateway worker ${worker.process.pid} exited (${signal ?? code})\n`);
    });
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
      let left = workers.length;
      const done = () => void stopPrimary().finally(() => process.exit(0));
      if (left === 0) return done();
      for (const worker of workers) {
        worker.once('exit', () => --left === 0 && done());
        worker.process.kill('SIGTERM');
      }
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    return;
  }
  const app = await createGatewayApp(config);
  app.enableShutdownHooks();
  await app.listen(config.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
