import { describeMigrations } from '@d06/testing';
import { METRICS_ENTITIES, METRICS_MIGRATIONS } from '../src';

describeMigrations('metrics', { entities: METRICS_ENTITIES, migrations: METRICS_MIGRATIONS }, [
  'consumer_offsets',
  'figures',
  'migrations',
  'outbox',
  'processed_events',
]);
