import { describeMigrations } from '@d06/testing';
import { GATEWAY_ENTITIES, GATEWAY_MIGRATIONS } from '../src';

describeMigrations('gateway', { entities: GATEWAY_ENTITIES, migrations: GATEWAY_MIGRATIONS }, [
  'message_log',
  'migrations',
  'monitoring_positions',
  'registry_entries',
]);
