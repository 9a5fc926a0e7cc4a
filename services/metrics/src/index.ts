export { createMetricsApp } from './metrics.app';
export { metricsConfig, type MetricsConfig } from './config/metrics.config';
export { MetricsModule, METRICS_ENTITIES } from './metrics.module';
export { METRICS_MIGRATIONS } from './migrations';
