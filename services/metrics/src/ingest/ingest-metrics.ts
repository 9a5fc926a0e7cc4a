import { Counter } from 'prom-client';
import { metricsRegistry } from '@d06/observability';

/** Prometheus counters of the projection itself. */
export const ingestMetrics = {
  counted: new Counter({
    name: 'd06_metrics_events_counted_total',
    help: 'Events counted into the report figures (first delivery of each CloudEvents id)',
    labelNames: ['topic'],
    registers: [metricsRegistry],
  }),
  duplicates: new Counter({
    name: 'd06_metrics_events_duplicate_total',
    help: 'Events skipped because their CloudEvents id was already counted',
    labelNames: ['topic'],
    registers: [metricsRegistry],
  }),
};
