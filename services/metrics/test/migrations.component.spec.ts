import { describeMigrations } from '@d06/testing';
import { METRICS_ENTITIES, METRICS_MIGRATIONS } from '../src';

describeMigrations('metrics', { entities: METRICS_ENTITIES, migrations: METRICS_MIGRATIONS }, [
  'consumer_offsets',
  'dedupe_window',
  'facility_changes',
  'facility_lookup_days',
  'metric_daily',
  'opening_balances',
  'snapshots',
  'migrations',
  'outbox',
  'processed_events',
]);
