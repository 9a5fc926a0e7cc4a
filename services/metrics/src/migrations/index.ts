import { MessagingTables1763800000000 } from '@d06/messaging';
import { CreateFigures1763800000200 } from './1763800000200-create-figures';
import { ReportFigures1763800000800 } from './1763800000800-report-figures';
import { DedupeWindow1763800001100 } from './1763800001100-dedupe-window';

export const METRICS_MIGRATIONS = [
  MessagingTables1763800000000,
  CreateFigures1763800000200,
  ReportFigures1763800000800,
  DedupeWindow1763800001100,
];
