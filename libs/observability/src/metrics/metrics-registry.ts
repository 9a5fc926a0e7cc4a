import { collectDefaultMetrics, register, type Registry } from 'prom-client';

/**
 * The process's Prometheus registry, served at `GET /metrics`. It is prom-client's default registry, so a
 * `new Counter({ name, help })` anywhere (consumer lag, DLQ depth, …) shows up without extra wiring; passing
 * `registers: [metricsRegistry]` says the same explicitly.
 */
export const metricsRegistry: Registry = register;

let defaultMetricsOn = false;

/**
 * Labels every series with `service` and turns on prom-client's default Node metrics (event loop lag, heap, GC,
 * CPU, handles) once per process; calling it again only updates the label.
 */
export function configureMetrics(options: { serviceName: string }): void {
  metricsRegistry.setDefaultLabels({ service: options.serviceName });
  if (defaultMetricsOn) return;
  collectDefaultMetrics({ register: metricsRegistry });
  defaultMetricsOn = true;
}
