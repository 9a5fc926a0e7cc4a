import { DomainError } from '@d06/platform';

export const METRICS_ERRORS = {
  NO_DATA: { status: 404, title: 'No figures for this province yet' },
  INVALID_PERIOD: { status: 400, title: 'Invalid report period' },
  NOT_ACCEPTABLE: { status: 406, title: 'Report format not available' },
} as const;

export class MetricsError extends DomainError.of(METRICS_ERRORS) {}
