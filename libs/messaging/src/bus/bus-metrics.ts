import { Counter, Gauge, register, type Metric } from 'prom-client';

/** One registration per process, whatever number of buses (embedded mode runs several services in one). */
function metric<T extends Metric>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

/** Prometheus figures of the event flow: what was published, handled, dead-lettered, and how far behind. */
export const busMetrics = {
  published: metric(
    'd06_events_published_total',
    () =>
      new Counter({
        name: 'd06_events_published_total',
        help: 'Events published, by topic',
        labelNames: ['topic'],
      }),
  ),
  handled: metric(
    'd06_events_handled_total',
    () =>
      new Counter({
        name: 'd06_events_handled_total',
        help: 'Events handled successfully, by consumer group and topic',
        labelNames: ['group', 'topic'],
      }),
  ),
  deadLettered: metric(
    'd06_events_dead_lettered_total',
    () =>
      new Counter({
        name: 'd06_events_dead_lettered_total',
        help: 'Records sent to a dead-letter topic, by consumer group, topic and reason code',
        labelNames: ['group', 'topic', 'reason'],
      }),
  ),
  lag: metric(
    'd06_consumer_lag',
    () =>
      new Gauge({
        name: 'd06_consumer_lag',
        help: 'Records in a partition not yet consumed by the group',
        labelNames: ['group', 'topic', 'partition'],
      }),
  ),
};
