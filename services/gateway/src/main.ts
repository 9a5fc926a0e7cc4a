import './tracing';
import cluster from 'node:cluster';
import { gatewayConfig } from './config/gateway.config';
import { createGatewayApp } from './gateway.app';
import { startClusterShipper } from './monitoring/cluster-shipper';

/**
 * One process per core when GATEWAY_WORKERS > 1 (node:cluster; the workers share the port), as a gateway is
 * deployed: the data plane is stateless — limits, cache and costs in Redis, registry and message log in
 * PostgreSQL (a hash chain per worker) — so workers and replicas scale the same way. The primary serves no
 * requests: it ships the monitoring records from the message log, at a lower CPU priority.
 */
async function main(): Promise<void> {
  const config = gatewayConfig();
  if (config.GATEWAY_WORKERS > 1 && cluster.isPrimary) {
    if (!config.DATABASE_URL)
      throw new Error('GATEWAY_WORKERS > 1 needs DATABASE_URL: workers share one database');
    const stopShipper = config.GATEWAY_MONITORING
      ? await startClusterShipper(config)
      : () => Promise.resolve();
    for (let slot = 0; slot < config.GATEWAY_WORKERS; slot++) {
      cluster.fork({ GATEWAY_WORKER_SLOT: String(slot), GATEWAY_SHIPPER: 'off' });
    }
    let stopping = false;
    cluster.on('exit', (worker, code, signal) => {
      if (!stopping)
        process.stderr.write(`gateway worker ${worker.process.pid} exited (${signal ?? code})\n`);
    });
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
      let left = workers.length;
      const done = () => void stopShipper().finally(() => process.exit(0));
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
