import { assertMigrationsCoverEntities, createDataSource, EmbeddedPostgres } from '@d06/persistence';
import { VNEID_ENTITIES } from '../src/vneid.entities';
import { VNEID_MIGRATIONS } from '../src/migrations';

// Fails the build when an entity changes without a migration: the schema the migrations build must be exactly the
// one the entities describe.
describe('vneid migrations', () => {
  afterAll(() => EmbeddedPostgres.shared().stop());

  it('build exactly the schema the entities describe', async () => {
    const dataSource = await createDataSource({
      schema: 'vneid_migrations',
      entities: VNEID_ENTITIES,
      migrations: VNEID_MIGRATIONS,
    });
    try {
      await expect(assertMigrationsCoverEntities(dataSource)).resolves.toBeUndefined();
      const tables = await dataSource.query<{ table_name: string }[]>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'vneid_migrations' ORDER BY 1",
      );
      expect(tables.map((t) => t.table_name)).toEqual([
        'activation_targets',
        'consumer_offsets',
        'eid_accounts',
        'integrated_documents',
        'migrations',
        'outbox',
        'processed_events',
        'signing_keys',
      ]);
    } finally {
      await dataSource.destroy();
    }
  }, 60_000);
});
