import './tracing';
import cluster from 'node:cluster';
import { gatewayConfig } from './config/gateway.config';
import { createGatewayApp } from './gateway.app';

/**
 * One process per core when GATEWAY_WORKERS > 1 (node:cluster; the workers share the port), as a gateway is
 * deployed: the data plane is stateless — limits, cache and costs in Redis, registry and message log in
 * PostgreSQL (a hash chain per worker) — so workers and replicas scale the same way.
 */
async function main(): Promise<void> {
  const config = gatewayConfig();
  if (config.GATEWAY_WORKERS > 1 && cluster.isPrimary) {
    for (let slot = 0; slot < config.GATEWAY_WORKERS; slot++)
      cluster.fork({ GATEWAY_WORKER_SLOT: String(slot) });
    cluster.on('exit', (worker, code, signal) => {
      if (signal !== 'SIGTERM' && code !== 0) {
        process.stderr.write(`gateway worker ${worker.process.pid} exited (${signal ?? code})\n`);
      }
    });
    const stop = () => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
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
