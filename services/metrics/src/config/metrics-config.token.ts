export const METRICS_CONFIG = Symbol('METRICS_CONFIG');
