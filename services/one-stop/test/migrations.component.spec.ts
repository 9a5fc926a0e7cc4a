import { describeMigrations } from '@d06/testing';
import { ONE_STOP_ENTITIES, ONE_STOP_MIGRATIONS } from '../src';

describeMigrations('one-stop', { entities: ONE_STOP_ENTITIES, migrations: ONE_STOP_MIGRATIONS }, [
  'consumer_offsets',
  'dossier_history',
  'dossier_sequences',
  'dossiers',
  'linked_runs',
  'linked_steps',
  'migrations',
  'outbox',
  'portal_syncs',
  'processed_events',
]);
