import { describeMigrations } from '@d06/testing';
import { BHYT_ENTITIES, BHYT_MIGRATIONS } from '../src';

describeMigrations('bhyt', { entities: BHYT_ENTITIES, migrations: BHYT_MIGRATIONS }, [
  'cards',
  'claims',
  'consumer_offsets',
  'facilities',
  'household_renewals',
  'linked_steps',
  'migrations',
  'outbox',
  'participants',
  'processed_events',
]);
