import { describeMigrations } from '@d06/testing';
import { POPULATION_ENTITIES, POPULATION_MIGRATIONS } from '../src';

describeMigrations('population', { entities: POPULATION_ENTITIES, migrations: POPULATION_MIGRATIONS }, [
  'audit_log',
  'citizens',
  'consumer_offsets',
  'data_defects',
  'households',
  'idcard_applications',
  'idcards',
  'linked_steps',
  'migrations',
  'outbox',
  'processed_events',
  'temporary_absences',
]);
