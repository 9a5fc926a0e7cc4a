import { describeMigrations } from '@d06/testing';
import { RAIL_ENTITIES, RAIL_MIGRATIONS, SOCIAL_SECURITY_ENTITIES, SOCIAL_SECURITY_MIGRATIONS } from '../src';

describeMigrations(
  'social-security',
  { entities: SOCIAL_SECURITY_ENTITIES, migrations: SOCIAL_SECURITY_MIGRATIONS },
  [
    'account_links',
    'beneficiaries',
    'consumer_offsets',
    'deaths',
    'funeral_allowances',
    'linked_steps',
    'migrations',
    'outbox',
    'payment_batches',
    'payments',
    'processed_events',
  ],
);

describeMigrations('social-security bank rail', { entities: RAIL_ENTITIES, migrations: RAIL_MIGRATIONS }, [
  'migrations',
  'rail_requests',
  'rail_transfers',
]);
