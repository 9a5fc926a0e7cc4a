export { createMetricsApp, METRICS_API } from './metrics.app';
export { metricsConfig, type MetricsConfig } from './config/metrics.config';
export { MetricsModule, METRICS_ENTITIES } from './metrics.module';
export { METRICS_MIGRATIONS } from './migrations';
export { METRICS_TOPICS } from './ingest/figure-projection';
export { projectEvents, type ProjectedEvent } from './ingest/event-projection';
export type { D06Report, ServiceRow } from './report/report.types';
export { renderReport, CONTENT_TYPES } from './report/formats/render-report';
